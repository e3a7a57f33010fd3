// Folds capture's changes into a tab's state. Pure and total: every op applies to any state,
// including none, and one refused response leaves one observation however many events (and
// workers) reported it: onHeadersReceived's observe and onCompleted's settle meet here.
import type { Observation, PageRecord, Success } from '../observation.ts';
import { OBSERVATIONS_PER_PAGE, SUCCESSES_PER_PAGE } from '../observation.ts';
import { isSettledId, requestIdOf } from './build-observation.ts';
import type { Op, TabState } from './ops.ts';
import { originOf } from './origin.ts';
import { withMissed } from './timeline.ts';

export function emptyPage(url: string | null, time: number): PageRecord {
  return { url, startedAt: time, observations: [], dropped: 0, successes: [] };
}

/** Every refusal a page met: observed, dropped to keep the record bounded, or counted from its timing. */
export function refusalsOn(page: PageRecord): number {
  return page.observations.length + page.dropped + (page.missed?.length ?? 0);
}

export function emptyState(tabId: number, time: number, url: string | null = null): TabState {
  return { record: { tabId, current: emptyPage(url, time), previous: null }, attempts: [] };
}

function bounded<T>(list: T[], max: number): { list: T[]; cut: number } {
  const cut = Math.max(0, list.length - max);
  return { list: cut ? list.slice(cut) : list, cut };
}

function addSuccesses(page: PageRecord, more: readonly Success[]): PageRecord {
  const fresh = more.filter((s) => !page.successes.some((p) => p.time === s.time && p.url === s.url));
  if (!fresh.length) return page;
  const merged = [...page.successes, ...fresh].sort((a, b) => a.time - b.time);
  return { ...page, successes: bounded(merged, SUCCESSES_PER_PAGE).list };
}

/**
 * Whether the browser holds credentials it would send unasked (RFC 7617 §2.2 protection space):
 * the origin challenged with onAuthRequired before and then answered 2xx — someone logged in.
 */
function loggedInBefore(pages: readonly PageRecord[], o: Observation): boolean {
  const origin = originOf(o.url);
  const proxy = o.status === 407;
  for (const page of pages) {
    for (const prior of page.observations) {
      if (!prior.authRequired.length || (prior.status === 407) !== proxy) continue;
      if (!proxy && originOf(prior.url) !== origin) continue;
      if (page.successes.some((s) => s.time > prior.time && (proxy || originOf(s.url) === origin))) return true;
    }
  }
  return false;
}

function refine(o: Observation, pages: readonly PageRecord[]): Observation {
  if (o.credentials.browserRetried !== 'unknown') return o;
  const rid = requestIdOf(o.id);
  // A refusal of the same request recorded by an earlier worker: the trail that would have said
  // "certain" died with it, the record did not.
  const retried = pages.some((p) => p.observations.some((x) => x.time < o.time && requestIdOf(x.id) === rid));
  if (retried) return { ...o, credentials: { ...o.credentials, browserRetried: 'certain' } };
  if (loggedInBefore(pages, o)) return { ...o, credentials: { ...o.credentials, browserRetried: 'likely' } };
  return o;
}

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two observations describe one response: same request, same status, same challenges, in time order. */
function sameResponse(earlier: Observation, later: Observation): boolean {
  return (
    earlier.time <= later.time &&
    earlier.status === later.status &&
    requestIdOf(earlier.id) === requestIdOf(later.id) &&
    sameLines(earlier.wwwAuthenticate, later.wwwAuthenticate) &&
    sameLines(earlier.proxyAuthenticate, later.proxyAuthenticate)
  );
}

/** The latest observation, on either page, that `match` accepts. */
function findLatest(state: TabState, match: (x: Observation) => boolean): Observation | undefined {
  for (const page of [state.record.current, state.record.previous]) {
    const list = page?.observations ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (match(list[i]!)) return list[i];
  }
  return undefined;
}

function replace(state: TabState, id: string, o: Observation): TabState {
  return amend(state, id, () => o);
}

function observe(state: TabState, o: Observation, successes: readonly Success[]): TabState {
  const cur = state.record.current;
  if (cur.observations.some((x) => x.id === o.id)) return state;
  // onCompleted's stand-in got here first (this op's write landed late): keep onHeadersReceived's
  // richer observation, with the completion facts the stand-in brought.
  const standIn = findLatest(state, (x) => isSettledId(x.id) && sameResponse(o, x));
  if (standIn) return replace(state, standIn.id, { ...o, fromCache: standIn.fromCache, ip: standIn.ip, authRequired: standIn.authRequired });
  const pages = state.record.previous ? [state.record.previous, cur] : [cur];
  const withSuccesses = addSuccesses(cur, successes);
  const refined = refine(o, [...pages.slice(0, -1), withSuccesses]);
  const { list, cut } = bounded([...cur.observations, refined], OBSERVATIONS_PER_PAGE);
  const url = cur.url ?? (o.type === 'main_frame' ? o.url : null);
  const current = { ...withSuccesses, url, observations: list, dropped: cur.dropped + cut };
  return { ...state, record: { ...state.record, current } };
}

function amend(state: TabState, id: string, change: (o: Observation) => Observation): TabState {
  const amendPage = (p: PageRecord | null): PageRecord | null => {
    if (!p) return p;
    const i = p.observations.findIndex((o) => o.id === id);
    if (i < 0) return p;
    const observations = p.observations.slice();
    observations[i] = change(observations[i]!);
    return { ...p, observations };
  };
  const current = amendPage(state.record.current)!;
  const previous = amendPage(state.record.previous);
  if (current === state.record.current && previous === state.record.previous) return state;
  return { ...state, record: { ...state.record, current, previous } };
}

/**
 * onCompleted's view of a refusal: completion facts for the observation already made, or the
 * observation itself when onHeadersReceived's was lost. A lost main-frame refusal also lost the
 * navigate op written beside it, so it starts its page here.
 */
function settle(state: TabState, o: Observation, successes: readonly Success[]): TabState {
  const made = findLatest(state, (x) => x.id === o.id) ?? findLatest(state, (x) => !isSettledId(x.id) && sameResponse(x, o));
  if (made) return amend(state, made.id, (x) => ({ ...x, fromCache: o.fromCache, ip: o.ip ?? x.ip }));
  const base = o.type === 'main_frame' ? navigate(state, o.time, o.url) : state;
  return observe(base, o, successes);
}

function navigate(state: TabState, time: number, url: string | null): TabState {
  const cur = state.record.current;
  // A page where nothing was refused is not worth keeping as "the previous page": the one
  // before it, which had refusals, stays. This also makes a repeated navigate op harmless.
  const previous = refusalsOn(cur) > 0 ? cur : state.record.previous;
  return { record: { ...state.record, current: emptyPage(url, time), previous }, attempts: [] };
}

export function applyOp(state: TabState | null, op: Op, tabId: number): TabState {
  const time = op.kind === 'observe' || op.kind === 'settle' ? op.observation.time : op.kind === 'navigate' || op.kind === 'clear' ? op.time : Date.now();
  const s = state ?? emptyState(tabId, time);
  switch (op.kind) {
    case 'observe':
      return observe(s, op.observation, op.successes);
    case 'settle':
      return settle(s, op.observation, op.successes);
    case 'auth':
      return amend(s, op.observationId, (o) =>
        o.authRequired.some((a) => a.scheme === op.authRequired.scheme && a.realm === op.authRequired.realm && a.isProxy === op.authRequired.isProxy)
          ? o
          : { ...o, authRequired: [...o.authRequired, op.authRequired] },
      );
    case 'finish':
      return amend(s, op.observationId, (o) => ({ ...o, fromCache: op.fromCache, ip: op.ip ?? o.ip }));
    case 'success':
      return { ...s, record: { ...s.record, current: addSuccesses(s.record.current, [op.success]) } };
    case 'navigate':
      return navigate(s, op.time, op.url);
    case 'attempt':
      return s.attempts.includes(op.step) ? s : { ...s, attempts: [...s.attempts, op.step] };
    case 'clear':
      return { record: { ...s.record, current: emptyPage(s.record.current.url, op.time) }, attempts: [] };
    case 'timeline':
      return { ...s, record: { ...s.record, current: withMissed(s.record.current, op.entries) } };
    case 'page-url':
      return s.record.current.url ? s : { ...s, record: { ...s.record, current: { ...s.record.current, url: op.url } } };
  }
}

/** What the badge shows: refusals on the current page (dropped and missed ones included) and the worst kind. */
export function badgeOf(state: TabState | null): { count: number; kind: 401 | 407 | null } {
  const cur = state?.record.current;
  if (!cur) return { count: 0, kind: null };
  const count = refusalsOn(cur);
  if (!count) return { count: 0, kind: null };
  // A proxy refusing (407) stops every site behind it, so it outranks a site's own 401.
  const proxy = cur.observations.some((o) => o.status === 407) || (cur.missed ?? []).some((m) => m.status === 407);
  return { count, kind: proxy ? 407 : 401 };
}
