// Everything the causes read, computed once per diagnosis: the focused refusal, its parsed
// challenges, the same site's other refusals and successes, the page probe's words, the server
// and the URL checks. Causes stay small because they only look things up here.
import type { Certainty, Observation, PageProbe, Success, TokenClaims } from '../observation.ts';
import { recognizeServer, type ServerProfile } from '../servers/recognize.ts';
import { checkUrl, type UrlCheck } from '../url/checks.ts';
import { maskUrl } from '../url/mask.ts';
import { parseField, tokenError, type ParsedField, type TokenError } from './challenges.ts';
import { claimTimes, clockSkew, type ClaimTimes, type ClockSkew } from './clock.ts';
import { presenceOf, serverTokenWord, type Presence, type ServerTokenWord } from './presence.ts';
import { pageSignals, type PageSignal } from './page-words.ts';
import { classifyTokenText, type WordingMatch } from './server-words.ts';
import type { DiagnosisInput, StepId } from './types.ts';

export interface SentCredentials {
  authorization: string | null;
  cookies: readonly string[];
  retried: Certainty;
}

export interface DiagnosisContext {
  input: DiagnosisInput;
  focus: Observation;
  now: number;
  url: URL | null;
  host: string | null;
  /** A 407, or a refusal the browser reported as coming from a proxy. */
  isProxy: boolean;
  www: ParsedField;
  proxy: ParsedField;
  token: TokenError | null;
  /** What the token error's description (else the error page) says about the token, in library words. */
  tokenWords: WordingMatch | null;
  /** The page probe, only when it shows this refusal's page. */
  probe: PageProbe | null;
  pageSignals: PageSignal[];
  server: ServerProfile;
  urlCheck: UrlCheck;
  /** Refusals on the same host, oldest first, the focus included. */
  sameSite: Observation[];
  /** 2xx responses on the same host, oldest first. */
  worked: Success[];
  sent: SentCredentials;
  /** What capture recorded of the focus: something identifying, nothing, or not seen (./presence.ts). */
  presence: Presence;
  /** For a request not seen: whether the server's challenge implies a token was presented (RFC 6750 §3.1). */
  serverToken: ServerTokenWord;
  /** This computer's clock against the server's, from the focus' Date (./clock.ts). */
  skew: ClockSkew | null;
  /** The claims capture kept of a Bearer JWT the focus carried, and their times against the local clock. */
  claims: TokenClaims | null;
  claimTimes: ClaimTimes | null;
  attempts: ReadonlySet<StepId>;
}

const DOCUMENT_TYPES = new Set(['main_frame', 'sub_frame', 'document']);

export function isDocument(type: string): boolean {
  return DOCUMENT_TYPES.has(type);
}

export function parseUrl(raw: string | null | undefined): URL | null {
  if (!raw) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

export function hostOf(raw: string | null | undefined): string | null {
  return parseUrl(raw)?.host ?? null;
}

export function pathOf(raw: string): string {
  return parseUrl(raw)?.pathname ?? raw;
}

/** The explicit focus, else the latest refused document, else the latest refusal. */
export function pickFocus(observations: readonly Observation[], focusId?: string): Observation | null {
  if (focusId !== undefined) {
    const f = observations.find((o) => o.id === focusId);
    if (f) return f;
  }
  for (let i = observations.length - 1; i >= 0; i--) {
    const o = observations[i]!;
    if (o.type === 'main_frame' && (o.status === 401 || o.status === 407)) return o;
  }
  return observations[observations.length - 1] ?? null;
}

/** The URL without its fragment (never sent to the server, but part of a document's location). */
function withoutFragment(raw: string): string | null {
  const u = parseUrl(raw);
  if (!u) return null;
  u.hash = '';
  return u.href;
}

/**
 * Whether the probe read the refused document itself. The probe reads the tab's top document,
 * and that is not always the refusal: while a sign-in prompt is open, or after a main-frame 401
 * or 407 whose body is not shown, Chromium leaves the previous page (often of the same site) on
 * screen (platform-notes.md). Its words would be taken for the error page's, so only a top-level
 * refusal whose URL the document shows counts.
 */
export function probeShows(probe: PageProbe, focus: Observation): boolean {
  if (focus.frameId !== 0 || !isDocument(focus.type)) return false;
  const shown = withoutFragment(maskUrl(probe.url));
  return shown !== null && shown === withoutFragment(maskUrl(focus.url));
}

export function buildContext(input: DiagnosisInput, focus: Observation): DiagnosisContext {
  const url = parseUrl(maskUrl(focus.url));
  const host = url?.host ?? null;
  const sameSite = host === null ? [focus] : input.observations.filter((o) => hostOf(o.url) === host);
  const worked = host === null ? [] : input.successes.filter((s) => hostOf(s.url) === host);

  const probe = input.probe && probeShows(input.probe, focus) ? input.probe : null;

  const www = parseField(focus.wwwAuthenticate);
  const proxy = parseField(focus.proxyAuthenticate);
  const token = tokenError(www.challenges);
  const tokenWords = classifyTokenText(token?.description) ?? (probe ? classifyTokenText(`${probe.title}\n${probe.text}`) : null);

  const siteCookies = input.siteCookieNames ?? [];
  const server = recognizeServer({
    server: focus.server,
    title: probe?.title ?? '',
    text: probe?.text ?? '',
    path: url?.pathname ?? '',
    cookieNames: [...focus.credentials.cookieNames, ...siteCookies],
  });

  return {
    input,
    focus,
    now: input.now,
    url,
    host,
    isProxy: focus.status === 407 || focus.authRequired.some((a) => a.isProxy),
    www,
    proxy,
    token,
    tokenWords,
    probe,
    pageSignals: probe ? pageSignals(probe.title, probe.text) : [],
    server,
    urlCheck: checkUrl({
      url: focus.url,
      worked: worked.map((s) => ({ url: s.url, type: s.type, time: s.time })),
      redirectChain: focus.redirectChain,
      tabUrl: input.tabUrl ?? null,
    }),
    sameSite,
    worked,
    // Only what capture saw: a request it did not watch carried nothing anyone can name.
    sent:
      presenceOf(focus) === 'not-seen'
        ? { authorization: null, cookies: [], retried: 'unknown' }
        : { authorization: focus.credentials.authorizationScheme, cookies: focus.credentials.cookieNames, retried: focus.credentials.browserRetried },
    presence: presenceOf(focus),
    serverToken: presenceOf(focus) === 'not-seen' ? serverTokenWord(www, token) : null,
    skew: clockSkew(focus),
    claims: focus.credentials.token ?? null,
    claimTimes: claimTimes(focus.credentials.token, focus.time),
    attempts: new Set(input.attempts ?? []),
  };
}

/** True when capture saw the request carry something that identifies the user. */
export function sentAnything(ctx: DiagnosisContext): boolean {
  return ctx.presence === 'something';
}

/**
 * True when capture saw this refusal carry nothing that identifies the user. A request whose
 * headers were not watched is neither (./presence.ts): its empty record proves nothing.
 */
export function sentNothing(o: Observation): boolean {
  return presenceOf(o) === 'nothing';
}

/** Methods that only read (RFC 9110 §9.2.1): repeating one asks the same question again. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The latest success on the same path as refusal `o`, before it, that carried no cookie while `o`
 * carried nothing either: the very request that was refused opened the page a moment ago. Then
 * the absence of credentials cannot be why it is refused now; the server changed its answer.
 * A browser replay of a cached password stays possible on both ('unknown'), but it would have
 * been the same on both, so it does not tell them apart. Only a safe `o` counts: a sign-in form
 * posted to the page it was shown on (GET 200, POST 401) is a refused login, not the same request.
 */
export function sameRequestWorked(ctx: DiagnosisContext, o: Observation): Success | null {
  if (!SAFE_METHODS.has(o.method.toUpperCase()) || !sentNothing(o)) return null;
  const path = pathOf(o.url);
  let found: Success | null = null;
  for (const s of ctx.worked) {
    if (s.time < o.time && s.cookieNames.length === 0 && pathOf(s.url) === path && (!found || s.time > found.time)) found = s;
  }
  return found;
}

/** Login-ish paths: a refusal there means even signing in is blocked. */
export function isSignInPath(path: string): boolean {
  return /(^|\/)(log-?in|sign-?in|auth(enticate)?|session|wp-login\.php|account\/login|users\/sign_in)(\/|\.|$|\?)/i.test(path);
}

/** Minutes between two times, rounded, never negative: for "worked N minutes ago". */
export function minutesBetween(earlier: number, later: number): number {
  return Math.max(0, Math.round((later - earlier) / 60_000));
}
