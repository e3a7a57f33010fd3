// Which fix steps the walk offers, and which it folds into "If nothing else helped" (issue 13).
// A step is offered only when something observed says it can help this refusal: a finding of the
// diagnosis that lists it, and the evidence its own effect needs (cookies to clear, a password
// prompt to bring back, a server address that changed). The generic steps of the articles that the
// evidence does not call for are folded, in the articles' order; the ones the evidence rules out
// (DNS without a changed server address, the site's cookies for a proxy's 407) are left out entirely.
// Pure: the popup's view and the CLI both call it with the engine's answer and its input.
import { FINDING_SCORE } from '../diagnosis/cause.ts';
import { parseField } from '../diagnosis/challenges.ts';
import { addressChange } from '../diagnosis/causes/dns.ts';
import { parseUrl, sentNothing } from '../diagnosis/context.ts';
import { GENERIC_ORDER } from '../diagnosis/generic.ts';
import type { Diagnosis, DiagnosisInput, StepId } from '../diagnosis/types.ts';
import type { Observation } from '../observation.ts';

export interface StepPlan {
  /** The step cards, in the order to try them. */
  offered: StepId[];
  /** "If nothing else helped", in the articles' order; none of `offered`, none already tried. */
  fallback: StepId[];
}

/** What the plan reads besides the diagnosis: the same input the engine was given. */
export type PlanInput = Pick<DiagnosisInput, 'observations' | 'successes' | 'siteCookieNames' | 'siteCookies' | 'attempts' | 'probe'> & {
  /**
   * When each attempt was made, where the caller knows it. A step tried before the focused
   * refusal happened is offered again: that refusal is new evidence the attempt did not answer.
   * Without times a tried step stays tried until the tab's next page (capture starts the page's
   * attempts afresh on each navigation, src/core/capture/tab-state.ts).
   */
  attemptedAt?: Readonly<Partial<Record<StepId, number>>>;
};

/**
 * Schemes the browser itself asks the password for (RFC 7617 §2, RFC 7616 §3.3; Negotiate and
 * NTLM fall back to the same dialog): only for them does a reload bring a sign-in back.
 */
const PROMPTED = new Set(['basic', 'digest', 'negotiate', 'ntlm']);

/** Steps that live inside another card (buttons of "check the URL"; the report goes with a contact). */
const HOSTED_BY: Partial<Record<StepId, readonly StepId[]>> = {
  'open-last-working': ['check-url'],
  'open-home': ['check-url'],
  'copy-report': ['contact-owner', 'contact-network-admin'],
};

/** The articles' order of generic steps, from the engine's own generic list (copying the report rides with the contact). */
export const FALLBACK_ORDER: readonly StepId[] = GENERIC_ORDER.flatMap((g) => g.steps).filter((s) => !HOSTED_BY[s]);

/** The facts each step's gate reads, computed once. */
export interface StepFacts {
  /** A 407 (or a proxy's challenge): the proxy refused, so nothing of the site's can help. */
  proxy: boolean;
  /** The site's cookies exist, or this request carried some: clearing them can change something. */
  cookies: boolean;
  /** The refusal was served from the cache: clearing the site's data empties it. */
  fromCache: boolean;
  /** The challenge is one the browser answers with its own password dialog. */
  prompted: boolean;
  /** The request carried nothing, and capture saw it. */
  nothingSent: boolean;
  /** The request's headers were not watched (issue 12's on-demand capture), and watching could show them. */
  requestNotSeen: boolean;
  /**
   * A service worker is in the way: it made the refused request, or controls the refused origin's
   * page. Clearing the site's data unregisters it (Clear-Site-Data and browsingData both list
   * service workers), so that step has something to act on even without cookies.
   */
  serviceWorker: boolean;
  /** The server's address for this host changed since it worked, or between refusals. */
  addressChanged: boolean;
  /** RFC 7616 §3.3 stale=true: the password was right. */
  staleNonce: boolean;
}

export function stepFacts(focus: Observation, input: PlanInput): StepFacts {
  const proxy = focus.status === 407 || (focus.wwwAuthenticate.length === 0 && focus.proxyAuthenticate.length > 0) || focus.authRequired.some((a) => a.isProxy);
  const field = parseField(proxy ? focus.proxyAuthenticate : focus.wwwAuthenticate);
  const seen = focus.credentials.requestSeen !== false;
  return {
    proxy,
    cookies: (input.siteCookieNames ?? []).length > 0 || (input.siteCookies ?? []).length > 0 || focus.credentials.cookieNames.length > 0,
    fromCache: focus.fromCache,
    prompted: field.challenges.some((c) => PROMPTED.has(c.scheme)),
    nothingSent: seen && sentNothing(focus),
    // A worker's request belongs to no tab, so the tab's watched listeners never see it: a
    // watched reload would show nothing more (capture/worker-refusals.ts).
    requestNotSeen: !seen && focus.viaServiceWorker !== true,
    serviceWorker: focus.viaServiceWorker === true || (input.probe?.controlled === true && parseUrl(input.probe.url)?.origin === (parseUrl(focus.url)?.origin ?? null)),
    addressChanged: addressChange(focus, input.observations, input.successes) !== null,
    staleNonce: field.challenges.some((c) => c.scheme === 'digest' && (c.params['stale'] ?? '').toLowerCase() === 'true'),
  };
}

/**
 * A finding this far below the top one stays another cause, its steps on its own card: the top
 * finding's evidence speaks against it (IIS's 401.2 page names the server's configuration, so the
 * reload a plain "nothing was sent" would suggest cannot help).
 */
export const NEAR_TOP = 20;

type Gate = 'offer' | 'fold' | 'never';

/**
 * Whether the evidence lets a step be offered, only folded, or not shown at all. `candidates` are
 * the steps the findings list (a reload that re-prompts makes a separate sign-in redundant).
 */
function gate(step: StepId, f: StepFacts, candidates: readonly StepId[]): Gate {
  switch (step) {
    case 'flush-dns':
      // A stale DNS answer sends the browser to another server; an address that changed is the
      // one sign of it. Without it the server that answered is taken for the right one (a 401 is
      // the site's own answer, with its own challenge or the finding that explains it), so the
      // step is not even folded.
      return f.addressChanged && !f.proxy ? 'offer' : 'never';
    case 'clear-site-data':
      // The proxy's refusal is not the site's; a stale nonce is not stale data (the password was right).
      if (f.proxy || f.staleNonce) return 'never';
      return f.cookies || f.fromCache || f.serviceWorker ? 'offer' : 'fold';
    case 'relogin':
      if (f.proxy || f.staleNonce) return 'never';
      // Nothing was sent to a prompting scheme: the reload that brings the dialog back is the
      // sign-in, and there is no remembered password for a relogin to make the browser forget.
      if (f.prompted && f.nothingSent && candidates.includes('reload')) return 'never';
      return 'offer';
    case 'reload':
      // A reload changes nothing for a token a script sends; it asks again only where the browser prompts.
      return f.prompted || f.staleNonce || f.fromCache ? 'offer' : 'never';
    case 'check-url':
      return f.proxy ? 'never' : 'offer';
    case 'contact-owner':
      return f.proxy ? 'never' : 'offer';
    case 'contact-network-admin':
      return f.proxy ? 'offer' : 'never';
    case 'reload-and-watch':
      return f.requestNotSeen ? 'offer' : 'never';
    default:
      return 'offer';
  }
}

/** A 407's proxy belongs to the network's administrator (RFC 9110 §15.5.8), not to the site's owner. */
function contactFor(step: StepId, f: StepFacts): StepId {
  return f.proxy && step === 'contact-owner' ? 'contact-network-admin' : step;
}

function once(steps: readonly StepId[]): StepId[] {
  return [...new Set(steps)];
}

function withoutHosted(steps: readonly StepId[]): StepId[] {
  return steps.filter((s) => !(HOSTED_BY[s] ?? []).some((host) => steps.includes(host)));
}

/** Steps the generic (thin-evidence) answer may still offer, each because of what the request carried. */
function genericCandidates(f: StepFacts, focus: Observation): StepId[] {
  const out: StepId[] = [];
  if (f.fromCache || focus.credentials.cookieNames.length > 0) out.push('clear-site-data');
  if (!f.nothingSent && !f.requestNotSeen) out.push('relogin');
  return out;
}

export function planSteps(d: Diagnosis, input: PlanInput): StepPlan {
  const focus = d.focus;
  if (!focus) return { offered: [], fallback: [] };
  const f = stepFacts(focus, input);
  const tried = new Set((input.attempts ?? []).filter((s) => !((input.attemptedAt?.[s] ?? Number.POSITIVE_INFINITY) < focus.time)));
  const topScore = d.causes[0]?.score ?? 0;
  const findings = d.generic ? [] : d.causes.filter((c) => c.score >= FINDING_SCORE && topScore - c.score <= NEAR_TOP);
  const fromFindings = once(findings.flatMap((c) => c.steps).map((s) => contactFor(s, f)));
  const candidates = once([
    ...(f.requestNotSeen ? (['reload-and-watch'] as const) : []),
    ...(d.generic ? genericCandidates(f, focus) : fromFindings),
    ...(f.addressChanged ? (['flush-dns'] as const) : []),
  ]);
  let offered = withoutHosted(candidates.filter((s) => !tried.has(s) && gate(s, f, candidates) === 'offer'));
  const contact: StepId = f.proxy ? 'contact-network-admin' : 'contact-owner';
  // Whoever runs the server (or the network) can always read its logs: never an empty walk.
  if (offered.length === 0 && !tried.has(contact)) offered = [contact];
  const fallback = once(FALLBACK_ORDER.map((s) => contactFor(s, f))).filter(
    (s) => !offered.includes(s) && !tried.has(s) && gate(s, f, candidates) !== 'never',
  );
  return { offered, fallback };
}
