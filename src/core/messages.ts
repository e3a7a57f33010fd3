// The messages between the popup (and tests) and the background. Both sides parse what they
// receive with these schemas: a malformed message gets a clear error reply, never a crash.
import { z } from 'zod/mini';
import { STEP_IDS } from './diagnosis/types.ts';
import { TabRecord } from './observation.ts';
import { SelectionData } from './view/schema.ts';

export const Request = z.union([
  /** The tab's record (current and previous page) as the background holds it. */
  z.object({ type: z.literal('get-tab'), tabId: z.number() }),
  /** The user tried a step ("done — still broken?"): remembered for the current page of the tab. */
  z.object({ type: z.literal('record-attempt'), tabId: z.number(), step: z.enum(STEP_IDS) }),
  /** Forget what was recorded for the tab's current page (after the user cleared site data). */
  z.object({ type: z.literal('clear-page'), tabId: z.number() }),
  /**
   * Everything the popup shows (src/core/view/schema.ts), built by the background. Without
   * `extras` the page probe, the site's cookies and the extensions are left out: a faster answer
   * for the first paint, followed by a second request with them.
   */
  z.object({ type: z.literal('view'), tabId: z.number(), selection: z.optional(SelectionData), extras: z.boolean() }),
  /** The owner's report (text or Markdown) for the same view, in the catalogue of `lang`. */
  z.object({
    type: z.literal('report'),
    tabId: z.number(),
    selection: z.optional(SelectionData),
    format: z.enum(['text', 'markdown']),
    lang: z.string(),
  }),
]);
export type Request = z.infer<typeof Request>;

export const TabReply = z.object({
  ok: z.literal(true),
  record: z.nullable(TabRecord),
  attempts: z.array(z.enum(STEP_IDS)),
  /** False when the browser holds back the host permission, so no webRequest event can arrive (Firefox). */
  hostPermission: z.boolean(),
});
export type TabReply = z.infer<typeof TabReply>;

export const OkReply = z.object({ ok: z.literal(true) });
export const ErrorReply = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorReply = z.infer<typeof ErrorReply>;
