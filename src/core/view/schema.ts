// What the popup shows, as plain data: the background assembles it (src/core/view/build-view.ts)
// and the popup parses every reply with these schemas before rendering. The popup therefore ships
// this schema instead of the engine, the parser and the schemes' knowledge (30 KB gzipped budget,
// issue 6). zod/mini keeps the schema itself small.
import { z } from 'zod/mini';
import { CAUSE_IDS, STEP_IDS } from '../diagnosis/types.ts';
import { Observation } from '../observation.ts';

export const MessageData = z.object({ id: z.string(), subs: z.optional(z.array(z.string())) });

const Confidence = z.enum(['high', 'medium', 'low']);

export const RankedCauseData = z.object({
  id: z.enum(CAUSE_IDS),
  confidence: Confidence,
  score: z.number(),
  evidence: z.array(z.object({ observationId: z.optional(z.string()), message: MessageData })),
  steps: z.array(z.enum(STEP_IDS)),
});

export const DiagnosisData = z.object({
  focus: z.nullable(Observation),
  causes: z.array(RankedCauseData),
  generic: z.boolean(),
  headline: MessageData,
});

/** One row of "refused requests": only what the list shows. */
export const RequestRow = z.object({ id: z.string(), status: z.number(), type: z.string(), time: z.number(), url: z.string() });
export type RequestRow = z.infer<typeof RequestRow>;

/** `missed`: refusals the page's timeline held that a stopped worker lost (core/capture/timeline.ts), counted only. */
export const RequestsPage = z.object({ rows: z.array(RequestRow), dropped: z.number(), missed: z.number() });
export type RequestsPage = z.infer<typeof RequestsPage>;

const SchemeInfoData = z.object({
  id: z.string(),
  name: z.string(),
  reference: z.string(),
  referenceUrl: z.string(),
  registered: z.boolean(),
  summary: z.string(),
});

/** One challenge with the scheme's explanation of it (src/core/schemes). */
export const ChallengeData = z.object({
  scheme: z.string(),
  rawScheme: z.string(),
  token68: z.nullable(z.string()),
  info: z.nullable(SchemeInfoData),
  params: z.array(z.object({ name: z.string(), value: z.string(), meaning: z.nullable(MessageData), valueNote: z.nullable(MessageData) })),
  problems: z.array(MessageData),
});
export type ChallengeData = z.infer<typeof ChallengeData>;

/** "The challenge" section: the header shown, its raw lines, each challenge explained, the syntax errors. */
export const ChallengeSectionData = z.object({
  header: z.enum(['WWW-Authenticate', 'Proxy-Authenticate']),
  lines: z.array(z.string()),
  challenges: z.array(ChallengeData),
  errors: z.array(MessageData),
});
export type ChallengeSectionData = z.infer<typeof ChallengeSectionData>;

/** The refused URL cut into segments, the suspicious ones carrying the text that explains them. */
export const UrlCheckData = z.object({
  segments: z.array(z.object({ text: z.string(), issue: z.nullable(z.string()), note: z.nullable(MessageData) })),
  issues: z.array(MessageData),
  lastWorking: z.nullable(z.string()),
  home: z.nullable(z.string()),
});
export type UrlCheckData = z.infer<typeof UrlCheckData>;

export const SignInPlanData = z.union([
  z.object({ kind: z.literal('open'), url: z.string() }),
  z.object({ kind: z.literal('reload') }),
  z.object({ kind: z.literal('probe'), urls: z.array(z.string()) }),
]);

export const SiteScopeData = z.object({ origins: z.array(z.string()), domain: z.string() });

export const SelectionData = z.object({ page: z.enum(['current', 'previous']), focusId: z.nullable(z.string()) });

export const OS_IDS = ['win', 'mac', 'linux', 'cros', 'android', 'openbsd', 'fuchsia', 'other'] as const;
export const BROWSER_FAMILIES = ['chromium', 'firefox'] as const;

export const View = z.object({
  ok: z.literal(true),
  tabId: z.number(),
  /** The tab's URL as the browser reports it now (Chromium stays on the old URL after a refused navigation). */
  tabUrl: z.nullable(z.string()),
  /** False when the browser holds back the host permission, so no webRequest event can arrive (Firefox). */
  hostPermission: z.boolean(),
  /** True once the slower inputs (page probe, the site's cookies, extensions) were part of the diagnosis. */
  settled: z.boolean(),
  os: z.enum(OS_IDS),
  family: z.enum(BROWSER_FAMILIES),
  selection: SelectionData,
  diagnosis: DiagnosisData,
  /** The step cards in order (src/core/view/step-plan.ts): only steps the evidence says can help. */
  steps: z.array(z.enum(STEP_IDS)),
  /** Issue 13: the folded "If nothing else helped" list, in the articles' order; none of `steps`. */
  fallbackSteps: z.array(z.enum(STEP_IDS)),
  /** Steps the user marked "done — still broken?", oldest first; shown as tried, not offered again. */
  tried: z.array(z.enum(STEP_IDS)),
  /** A 2xx of the same tab's top document on the refused origin after the refusal: "it works now". */
  recovered: z.nullable(z.object({ url: z.string(), time: z.number() })),
  /** The focused request as a curl command, every credential replaced by a placeholder (issue 13). */
  curl: z.nullable(z.string()),
  /** Shown next to the curl command: what it could not include (headers not seen, the body). */
  curlNote: z.nullable(MessageData),
  /**
   * The words of each step of `steps`, `fallbackSteps` and `tried`, chosen by the evidence
   * (src/core/view/step-texts.ts: the relogin card of a Basic page, check-url without a marked part).
   */
  stepTexts: z.array(z.object({ step: z.enum(STEP_IDS), title: MessageData, text: MessageData })),
  /** The site holds cookies, or the request carried some: a step that clears cookies has something to clear. */
  siteHasCookies: z.boolean(),
  current: z.nullable(RequestsPage),
  previous: z.nullable(RequestsPage),
  /** Null when nothing is focused; the rest below likewise describe the focused request. */
  challenge: z.nullable(ChallengeSectionData),
  urlCheck: z.nullable(UrlCheckData),
  signIn: z.nullable(SignInPlanData),
  scope: z.nullable(SiteScopeData),
  dnsCommand: z.nullable(MessageData),
  extensions: z.nullable(z.array(z.object({ id: z.string(), name: z.string(), permissions: z.array(z.string()) }))),
});
export type View = z.infer<typeof View>;

export const TextReply = z.object({ ok: z.literal(true), text: z.string() });
export type TextReply = z.infer<typeof TextReply>;
