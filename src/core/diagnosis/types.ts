// The diagnosis contract: what the engine reads and what it returns. Shared by the popup, the CLI
// and the tests. Every text is a message id plus substitutions (see src/core/i18n), never a sentence.
import type { Observation, PageProbe, Success } from '../observation.ts';

/** The catalogue of ../shared/design/causes.md; these ids are stable, tests and tools rely on them. */
export const CAUSE_IDS = [
  'no-credentials',
  'credentials-rejected',
  'stale-site-data',
  'url-mistake',
  'missing-challenge',
  'security-plugin',
  'extension-interference',
  'dns',
  'rate-limited',
  'client-denied',
  'iis-logon-failure',
  'not-permitted',
  'digest-stale',
  'step-up-required',
  'proxy-auth',
  'server-fault',
  'session-expired',
  'network-restriction',
  // The causes people hit outside the textbook (causes.md, second table; issue 11).
  'cors-preflight',
  'cookie-not-sent',
  'auth-dropped-on-redirect',
  'clock-skew',
  'token-misconfigured',
  'scheme-mismatch',
  'placeholder-token',
  'sso-not-attempted',
  'service-worker',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/**
 * Fix steps. The popup turns each into a card (a one-click action where the browser allows it,
 * instructions where it does not); the CLI prints their text. Test hooks use these ids.
 */
export const STEP_IDS = [
  'check-url',
  'open-last-working',
  'open-home',
  'clear-site-data',
  'relogin',
  'reload',
  'wait-retry',
  'flush-dns',
  'check-extensions',
  'try-other-network',
  'check-proxy',
  'contact-owner',
  'copy-report',
  'owner-fix-challenge',
  'owner-check-plugins',
  'owner-check-server',
  // Issue 12: reload the tab once with the detail listeners on, for what the first refusal could not show.
  'reload-and-watch',
  // Issue 13: a 407's proxy belongs to the network's administrator, not to the site's owner.
  'contact-network-admin',
  // Issue 11's causes.
  'fix-clock',
  'open-in-own-tab',
  'allow-site-cookies',
  'ask-it-allowlist',
  'owner-fix-cors',
  'owner-fix-cookies',
  'owner-fix-redirect',
  'owner-fix-token-config',
  'owner-fix-outer-auth',
  'dev-fix-placeholder',
  'owner-fix-service-worker',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type Confidence = 'high' | 'medium' | 'low';

/** A localisable text: a message id of _locales and its substitutions ($1…$9). */
export interface Message {
  id: string;
  subs?: readonly string[];
}

export interface Evidence {
  /** The observation this fact comes from, when it comes from one. */
  observationId?: string;
  message: Message;
}

export interface RankedCause {
  id: CauseId;
  confidence: Confidence;
  /** Higher is more likely; only the order matters outside the engine. */
  score: number;
  evidence: Evidence[];
  steps: StepId[];
}

export type Os = 'win' | 'mac' | 'linux' | 'cros' | 'android' | 'openbsd' | 'fuchsia' | 'other';

export interface InstalledExtension {
  id: string;
  name: string;
  /** Permissions that let it block or rewrite requests (webRequestBlocking, declarativeNetRequest, proxy, …). */
  permissions: readonly string[];
}

/** A cookie the browser holds for the refused URL's site, without its value (cookies.getAll, partitioned ones too). */
export interface SiteCookie {
  name: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  /** chrome.cookies' SameSiteStatus; Firefox says "no_restriction" | "lax" | "strict" too. */
  sameSite: 'no_restriction' | 'lax' | 'strict' | 'unspecified';
  /** The top-level site of its partition (CHIPS), null for an unpartitioned cookie. */
  partitionTopLevelSite: string | null;
}

export interface DiagnosisInput {
  /** The refused requests of the page, oldest first. */
  observations: readonly Observation[];
  /** Which observation to explain; defaults to the main frame's, else the latest. */
  focusId?: string;
  /** 2xx responses on the same sites, oldest first. */
  successes: readonly Success[];
  probe?: PageProbe | null;
  /** The site's cookies as they exist now (names only), when the caller could read them. */
  siteCookieNames?: readonly string[] | null;
  /** The same cookies with the attributes that decide whether a request carries them (cookie-not-sent). */
  siteCookies?: readonly SiteCookie[] | null;
  /** Which browser the refusal happened in: the how-to of some steps differs (null in the CLI). */
  family?: 'chromium' | 'firefox' | null;
  os?: Os;
  tabUrl?: string | null;
  /** Only when the user granted the optional permission to look. */
  extensions?: readonly InstalledExtension[] | null;
  /** Steps the user already tried ("done — still broken?"), oldest first. */
  attempts?: readonly StepId[];
  /** Milliseconds since the epoch; passed in so the engine stays pure. */
  now: number;
}

export interface Diagnosis {
  /** The observation explained, or null when there is nothing refused to explain. */
  focus: Observation | null;
  /** Never empty when focus is set. */
  causes: RankedCause[];
  /** True when the evidence is thin and the ranking is the generic order, not a finding. */
  generic: boolean;
  /** The one-sentence headline. */
  headline: Message;
}
