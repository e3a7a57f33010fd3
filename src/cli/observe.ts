// Turns the CLI's own request into the Observation the engine eats, as capture does in the browser:
// URLs masked, credentials reduced to the Authorization scheme and the cookie names.
import type { Observation } from '../core/observation.ts';
import { firstHeader as first, headerValues } from '../core/capture/headers.ts';
import { maskUrl } from '../core/url/mask.ts';
import { credentialsOf } from './headers.ts';
import type { FetchResult } from './redirects.ts';

/**
 * `firstUrl` is the URL as the user gave it (maskUrl still sees its userinfo); the chain holds the
 * URLs that redirected, oldest first, as capture records them.
 */
export function observationOf(result: FetchResult, firstUrl: string, time: number): Observation {
  const { final, hops } = result;
  const urls = [firstUrl, ...hops.map((h) => h.location)];
  const finalUrl = maskUrl(urls[urls.length - 1]!);
  const isProxy = final.status === 407;
  return {
    id: 'cli-1',
    time,
    tabId: -1,
    frameId: 0,
    // The URL the user asked about is what a browser would open in a tab.
    type: 'main_frame',
    method: result.method,
    url: finalUrl,
    status: final.status,
    statusLine: `HTTP/1.1 ${final.status} ${final.statusText}`.trim(),
    wwwAuthenticate: headerValues(final.headers, 'www-authenticate'),
    proxyAuthenticate: headerValues(final.headers, 'proxy-authenticate'),
    server: first(final.headers, 'server'),
    retryAfter: first(final.headers, 'retry-after'),
    contentType: first(final.headers, 'content-type'),
    location: first(final.headers, 'location') === null ? null : maskUrl(first(final.headers, 'location')!),
    redirectChain: urls.slice(0, -1).map(maskUrl),
    fromCache: false,
    ip: final.remoteAddress,
    credentials: credentialsOf(result.sentHeaders, isProxy),
    authRequired: [],
    // The clock-skew cause compares them with `time` (issue 11); the CLI's answer is always fresh.
    date: first(final.headers, 'date'),
    age: first(final.headers, 'age'),
  };
}

/** RFC 9110 §15.5.2/§15.5.8, and a 403 that still challenges (RFC 6750 §3.1 insufficient_scope). */
export function isAuthFailure(o: Observation): boolean {
  if (o.status === 401 || o.status === 407) return true;
  return o.status === 403 && o.wwwAuthenticate.some((v) => v.trim() !== '');
}
