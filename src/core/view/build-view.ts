// Everything the popup shows for one tab, computed in one place from what the background gathered:
// the diagnosis, the steps in order, the challenge explained, the URL check, the sign-in plan, the
// scope of "this site" and the refused requests. Pure: the same inputs give the same view. The
// popup only renders it, so the engine, the parser and the schemes' knowledge stay out of its
// bundle (docs/architecture.md).
import { parseChallenges } from '../challenge/index.ts';
import type { ParseIssue } from '../challenge/types.ts';
import { urlIssueEvidenceId } from '../diagnosis/causes/url-mistake.ts';
import { diagnose } from '../diagnosis/diagnose.ts';
import { flushDnsCommand } from '../diagnosis/steps.ts';
import type { Diagnosis, DiagnosisInput, InstalledExtension, Message, Os, RankedCause, SiteCookie, StepId } from '../diagnosis/types.ts';
import type { Observation, PageProbe, PageRecord, TabRecord } from '../observation.ts';
import { explainChallenge } from '../schemes/explain.ts';
import { checkUrl } from '../url/checks.ts';
import type { ChallengeSectionData, RequestsPage, UrlCheckData, View } from './schema.ts';
import { defaultSelection, diagnosisInput, likelyFocus, pageOf, successesOf, type Selection } from './selection.ts';
import { signInPlan } from './sign-in.ts';
import { siteScope } from './site.ts';
import { curlCommand } from './curl.ts';
import { recoveryOf } from './recovery.ts';
import { planSteps, stepFacts, type PlanInput } from './step-plan.ts';
import { stepTextsFor } from './step-texts.ts';

export type BrowserFamily = View['family'];

export interface ViewInputs {
  tabId: number;
  record: TabRecord | null;
  attempts: readonly StepId[];
  /** When each attempt was made, where known: a refusal after it brings the step back (step-plan.ts). */
  attemptedAt?: Readonly<Partial<Record<StepId, number>>>;
  hostPermission: boolean;
  tabUrl: string | null;
  /** The request the user chose; null for the default (src/core/view/selection.ts). */
  selection: Selection | null;
  os: Os;
  family: BrowserFamily;
  probe: PageProbe | null;
  cookieNames: readonly string[] | null;
  /** The site's cookies with their attributes (cookie-not-sent); absent where nobody gathered them. */
  siteCookies?: readonly SiteCookie[] | null;
  extensions: readonly InstalledExtension[] | null;
  /** True when probe, cookie names and extensions were asked for (they may still be null). */
  settled: boolean;
  now: number;
}

export function resolveSelection(record: TabRecord | null, requested: Selection | null): Selection {
  return requested ?? defaultSelection(record);
}

/** The URL whose cookies the diagnosis compares: the focused request's (null when nothing is refused). */
export function focusUrlOf(record: TabRecord | null, selection: Selection): string | null {
  return likelyFocus(pageOf(record, selection.page)?.observations ?? [], selection.focusId)?.url ?? null;
}

/** The one place that turns gathered facts into the engine's input (the report reads the same). */
export function viewInput(p: ViewInputs): DiagnosisInput {
  return diagnosisInput({
    record: p.record,
    selection: resolveSelection(p.record, p.selection),
    attempts: p.attempts,
    probe: p.probe,
    cookieNames: p.cookieNames,
    siteCookies: p.siteCookies ?? null,
    family: p.family,
    os: p.os,
    tabUrl: p.tabUrl,
    extensions: p.extensions,
    now: p.now,
  });
}

// The view is mutable plain data (it is cloned across the message channel anyway); these copy
// the engine's readonly arrays into it.
const msg = (m: Message): View['diagnosis']['headline'] => (m.subs ? { id: m.id, subs: [...m.subs] } : { id: m.id });
const issueMsg = (i: ParseIssue) => msg(i.subs ? { id: i.id, subs: i.subs } : { id: i.id });

function causeData(c: RankedCause): View['diagnosis']['causes'][number] {
  return {
    id: c.id,
    confidence: c.confidence,
    score: c.score,
    evidence: c.evidence.map((e) => ({ ...(e.observationId !== undefined ? { observationId: e.observationId } : {}), message: msg(e.message) })),
    steps: [...c.steps],
  };
}

function diagnosisData(d: Diagnosis): View['diagnosis'] {
  return { focus: d.focus, causes: d.causes.map(causeData), generic: d.generic, headline: msg(d.headline) };
}

function requestsPage(page: PageRecord | null): RequestsPage | null {
  if (!page) return null;
  return { rows: page.observations.map((o) => ({ id: o.id, status: o.status, type: o.type, time: o.time, url: o.url })), dropped: page.dropped, missed: page.missed?.length ?? 0 };
}

/** RFC 9110 §11.6.1 and §11.7.1: a 407 (or a response carrying only proxy challenges) is the proxy's. */
function challengeSection(focus: Observation): ChallengeSectionData {
  const proxy = focus.status === 407 || (focus.wwwAuthenticate.length === 0 && focus.proxyAuthenticate.length > 0);
  const lines = proxy ? focus.proxyAuthenticate : focus.wwwAuthenticate;
  const parsed = parseChallenges(lines);
  return {
    header: proxy ? 'Proxy-Authenticate' : 'WWW-Authenticate',
    lines: [...lines],
    challenges: parsed.challenges.map((c) => {
      const x = explainChallenge(c);
      return {
        scheme: c.scheme,
        rawScheme: c.rawScheme,
        token68: c.token68,
        info: x.scheme ? { ...x.scheme } : null,
        params: x.params.map((p) => ({ name: p.name, value: p.value, meaning: p.meaning && msg(p.meaning), valueNote: p.valueNote && msg(p.valueNote) })),
        problems: x.problems.map(msg),
      };
    }),
    errors: parsed.errors.map(issueMsg),
  };
}

function urlCheckData(focus: Observation, record: TabRecord | null): UrlCheckData {
  const check = checkUrl({ url: focus.url, worked: successesOf(record), redirectChain: focus.redirectChain });
  const detailOf = (kind: string) => check.issues.find((i) => i.kind === kind)?.detail;
  return {
    segments: check.segments.map((s) => ({
      text: s.text,
      issue: s.issue,
      note: s.issue ? { id: urlIssueEvidenceId(s.issue), subs: [detailOf(s.issue) ?? s.text] } : null,
    })),
    issues: check.issues.map((i) => ({ id: urlIssueEvidenceId(i.kind), subs: [i.detail ?? ''] })),
    lastWorking: check.lastWorking,
    home: check.home,
  };
}

/** Every URL recorded on the tab's pages (masked), for fingerprints such as WordPress. */
function seenUrls(record: TabRecord | null): string[] {
  return [record?.previous, record?.current].flatMap((p) => [...(p?.observations ?? []), ...(p?.successes ?? [])].map((o) => o.url));
}

/** The walk: offered and folded steps, the ones tried, and the words of each (step-plan.ts, step-texts.ts). */
function walk(d: Diagnosis, input: PlanInput, urlCheck: UrlCheckData | null): Pick<View, 'steps' | 'fallbackSteps' | 'tried' | 'stepTexts' | 'siteHasCookies'> {
  const plan = planSteps(d, input);
  const tried = [...(input.attempts ?? [])];
  if (!d.focus) return { steps: plan.offered, fallbackSteps: plan.fallback, tried, stepTexts: [], siteHasCookies: false };
  const facts = { ...stepFacts(d.focus, input), urlMarked: urlCheck?.segments.some((s) => s.issue !== null) ?? false };
  const stepTexts = [...new Set([...plan.offered, ...plan.fallback, ...tried])].map((step) => {
    const x = stepTextsFor(step, facts);
    return { step, title: msg(x.title), text: msg(x.text) };
  });
  return { steps: plan.offered, fallbackSteps: plan.fallback, tried, stepTexts, siteHasCookies: facts.cookies };
}

export function buildView(p: ViewInputs): View {
  const selection = resolveSelection(p.record, p.selection);
  const input = viewInput(p);
  const diagnosis = diagnose(input);
  const focus = diagnosis.focus;
  const dns = flushDnsCommand(p.os);
  const urlCheck = focus ? urlCheckData(focus, p.record) : null;
  const curl = focus ? curlCommand(focus) : null;
  return {
    ok: true,
    tabId: p.tabId,
    tabUrl: p.tabUrl,
    hostPermission: p.hostPermission,
    settled: p.settled,
    os: p.os,
    family: p.family,
    selection,
    diagnosis: diagnosisData(diagnosis),
    ...walk(diagnosis, p.attemptedAt ? { ...input, attemptedAt: p.attemptedAt } : input, urlCheck),
    recovered: recoveryOf(focus, successesOf(p.record)),
    curl: curl?.command ?? null,
    curlNote: curl?.note ? msg(curl.note) : null,
    current: requestsPage(pageOf(p.record, 'current')),
    previous: requestsPage(pageOf(p.record, 'previous')),
    challenge: focus ? challengeSection(focus) : null,
    urlCheck,
    signIn: focus
      ? signInPlan(parseChallenges(focus.status === 407 ? focus.proxyAuthenticate : focus.wwwAuthenticate).challenges, focus.url, seenUrls(p.record))
      : null,
    scope: focus ? siteScope(focus.url) : null,
    dnsCommand: dns && msg(dns),
    extensions: p.extensions ? p.extensions.map((e) => ({ id: e.id, name: e.name, permissions: [...e.permissions] })) : null,
  };
}
