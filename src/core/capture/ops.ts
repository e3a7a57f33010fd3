// The changes capture makes to a tab's state, each written to storage as it happens (one write, no
// read) and folded into the tab's record later. Writing the change itself, not the whole record,
// is what lets an event survive the service worker being stopped right after it.
import { z } from 'zod/mini';
import { STEP_IDS } from '../diagnosis/types.ts';
import { AuthRequired, Missed, Observation, Success, TabRecord } from '../observation.ts';

export const Op = z.union([
  /** A refusal, with the recent successes on its origin that only memory held until now. */
  z.object({ kind: z.literal('observe'), observation: Observation, successes: z.array(Success) }),
  /**
   * A refusal that onCompleted reports without this worker having made its observation: a worker
   * that was stopped may have made it (then this only adds the completion facts to it), or the
   * event that would have made it was lost — Chromium drops the events it had dispatched to a
   * worker that is being stopped — and this observation stands in for it.
   */
  z.object({ kind: z.literal('settle'), observation: Observation, successes: z.array(Success) }),
  /** onAuthRequired for an observation already made. */
  z.object({ kind: z.literal('auth'), observationId: z.string(), authRequired: AuthRequired }),
  /** onCompleted / onErrorOccurred of a refused request: the facts only those events carry. */
  z.object({ kind: z.literal('finish'), observationId: z.string(), fromCache: z.boolean(), ip: z.nullable(z.string()) }),
  /** A 2xx on an origin that refused earlier on this tab. */
  z.object({ kind: z.literal('success'), success: Success }),
  /** A new top-level navigation. */
  z.object({ kind: z.literal('navigate'), time: z.number(), url: z.nullable(z.string()) }),
  z.object({ kind: z.literal('attempt'), step: z.enum(STEP_IDS) }),
  z.object({ kind: z.literal('clear'), time: z.number() }),
  /**
   * Every 401/407 the top document's timeline held when a new worker looked (capture/timeline.ts):
   * the fold adds those the record lacks, so the same op folded twice adds nothing more.
   */
  z.object({ kind: z.literal('timeline'), entries: z.array(Missed) }),
  /** The top document's URL, learnt after the fact (a tab whose first record came from a sub-resource). */
  z.object({ kind: z.literal('page-url'), url: z.string() }),
]);
export type Op = z.infer<typeof Op>;

export const TabState = z.object({
  record: TabRecord,
  /** Steps the user tried on the current page ("done — still broken?"). */
  attempts: z.array(z.enum(STEP_IDS)),
});
export type TabState = z.infer<typeof TabState>;
