// Which responses capture records. 401 (RFC 9110 §15.5.2) and 407 (§15.5.8) always; 403 only when
// it carries a challenge (RFC 6750 §3.1 insufficient_scope answers 403 with WWW-Authenticate).
import type { HttpHeader } from './details.ts';
import { firstHeader } from './headers.ts';

export function isRefusal(status: number, headers: readonly HttpHeader[] | undefined): boolean {
  if (status === 401 || status === 407) return true;
  return status === 403 && firstHeader(headers, 'WWW-Authenticate') !== null;
}

/** Redirect statuses that carry a Location the browser follows (RFC 9110 §15.4). */
export function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/**
 * Schemes whose credentials the browser itself caches and replays (Chromium's HttpAuthCache);
 * Bearer is not one. A scheme token starts a challenge line or follows a comma (RFC 9110 §11.6.1).
 */
const BROWSER_SCHEME = /(?:^|,)\s*(?:basic|digest|ntlm|negotiate)(?=\s|,|$)/i;

export function challengesBrowserScheme(challenges: readonly string[]): boolean {
  return challenges.some((line) => BROWSER_SCHEME.test(line));
}
