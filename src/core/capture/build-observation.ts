// Turns a refused response and its request's trail into an Observation. Every URL is masked here,
// the only place where raw URLs become stored data.
import type { AuthRequired, Credentials, Hop, Observation } from '../observation.ts';
import { maskUrl } from '../url/mask.ts';
import { authorizationScheme, sentCredentials } from './credentials.ts';
import type { AuthRequiredDetails, FinishedDetails, HeadersReceivedDetails, HttpHeader, RequestDetails } from './details.ts';
import { firstHeader, headerValues } from './headers.ts';
import { tokenClaims } from './jwt-claims.ts';
import { originOf } from './origin.ts';
import { placeholderOf } from './placeholder.ts';
import type { RequestTrail } from './request-trail.ts';
import { inferBrowserRetried } from './retry.ts';

/** Whether this worker watched the send of the request that got `url` (details on demand, issue 12). */
export function watchedSend(trail: RequestTrail | undefined, url: string): boolean {
  return trail !== undefined && trail.sends > 0 && trail.lastSentUrl === url;
}

/**
 * A CORS preflight (Fetch §4.8 "CORS-preflight fetch"): OPTIONS with Access-Control-Request-Method.
 * Undefined when the request's headers were not watched: an OPTIONS may be the page's own.
 */
export function isPreflight(method: string, headers: readonly HttpHeader[] | undefined, seen: boolean): boolean | undefined {
  if (method !== 'OPTIONS') return seen ? false : undefined;
  if (!seen) return undefined;
  return firstHeader(headers, 'Access-Control-Request-Method') !== null;
}

/** A redirect hop as the trail keeps it: scheme only, never the Authorization value. */
export function hopOf(url: string, status: number, trail: RequestTrail): Hop {
  const seen = watchedSend(trail, url);
  return { url, status, authorizationScheme: seen ? authorizationScheme(firstHeader(trail.requestHeaders, 'Authorization')) : null, requestSeen: seen };
}

/** The origin that started the request: Chromium's initiator, Firefox's originUrl (masked down to its origin). */
export function initiatorOf(d: RequestDetails): string | null {
  if (d.initiator !== undefined) return d.initiator === 'null' ? null : d.initiator;
  return d.originUrl ? originOf(d.originUrl) : null;
}

/**
 * The top document's origin, where the details tell it: a main frame is its own top; Firefox lists
 * the frame ancestors (the last is the top); a request of the top document (frameId 0) was started
 * by it, so its initiator is the top's origin. A frame's request in Chromium says no more.
 */
export function topOriginOf(d: RequestDetails): string | null {
  if (d.type === 'main_frame') return originOf(d.url);
  const top = d.frameAncestors?.at(-1);
  if (top) return originOf(top.url);
  if (d.frameId === 0) return d.documentUrl ? originOf(d.documentUrl) : initiatorOf(d);
  return null;
}

/** What the request carried, reduced: scheme, cookie names, the placeholder check and a JWT's kept claims. */
function credentialsOf(d: HeadersReceivedDetails, trail: RequestTrail | undefined, proxy: boolean, challenges: readonly string[]): Credentials {
  const refusals = trail?.refusals ?? 0;
  const seen = watchedSend(trail, d.url);
  if (!seen) {
    // Not watched: nothing is known of what was sent. "Not seen", never "none" (core/observation.ts).
    return { authorizationScheme: null, cookieNames: [], browserRetried: inferBrowserRetried(refusals, null, challenges), requestSeen: false };
  }
  const headers = trail!.requestHeaders;
  const sent = sentCredentials(headers, proxy);
  const value = firstHeader(headers, proxy ? 'Proxy-Authorization' : 'Authorization');
  return {
    authorizationScheme: sent.authorizationScheme,
    cookieNames: sent.cookieNames,
    browserRetried: inferBrowserRetried(refusals, sent.authorizationScheme, challenges),
    requestSeen: true,
    placeholder: placeholderOf(value),
    token: tokenClaims(value),
  };
}

/** Unique within a tab across worker restarts: the requestId, the refusal's rank on it, and its time. */
export function observationId(requestId: string, refusalIndex: number, timeStamp: number): string {
  return `${requestId}.${refusalIndex}.${Math.floor(timeStamp)}`;
}

/**
 * The id of an observation made by onCompleted: its own rank mark ("s"), so it never collides with
 * the id onHeadersReceived gives the same response, and the fold can tell the two makers apart.
 */
export function settledObservationId(requestId: string, refusalIndex: number, timeStamp: number): string {
  return `${requestId}.s${refusalIndex}.${Math.floor(timeStamp)}`;
}

export function isSettledId(id: string): boolean {
  return /\.s\d+\.\d+$/.test(id);
}

/** The requestId an observation id was made from (used to spot a retry across a worker restart). */
export function requestIdOf(id: string): string {
  const second = id.lastIndexOf('.', id.lastIndexOf('.') - 1);
  return second < 0 ? id : id.slice(0, second);
}

export function buildObservation(d: HeadersReceivedDetails, trail: RequestTrail | undefined): Observation {
  const headers = d.responseHeaders;
  const proxy = d.statusCode === 407;
  const wwwAuthenticate = headerValues(headers, 'WWW-Authenticate');
  const proxyAuthenticate = headerValues(headers, 'Proxy-Authenticate');
  const refusals = trail?.refusals ?? 0;
  const location = firstHeader(headers, 'Location');
  return {
    id: observationId(d.requestId, refusals, d.timeStamp),
    time: d.timeStamp,
    tabId: d.tabId,
    frameId: d.frameId,
    type: d.type,
    method: d.method,
    url: maskUrl(d.url),
    status: d.statusCode,
    statusLine: d.statusLine.trim() || `HTTP ${d.statusCode}`,
    wwwAuthenticate,
    proxyAuthenticate,
    server: firstHeader(headers, 'Server'),
    retryAfter: firstHeader(headers, 'Retry-After'),
    contentType: firstHeader(headers, 'Content-Type'),
    location: location === null ? null : maskUrl(location),
    redirectChain: (trail?.chain ?? []).map(maskUrl),
    fromCache: false,
    ip: null,
    credentials: credentialsOf(d, trail, proxy, proxy ? proxyAuthenticate : wwwAuthenticate),
    authRequired: [],
    date: firstHeader(headers, 'Date'),
    age: firstHeader(headers, 'Age'),
    preflight: isPreflight(d.method, trail?.requestHeaders, watchedSend(trail, d.url)),
    initiator: maskOrigin(initiatorOf(d)),
    topOrigin: maskOrigin(topOriginOf(d)),
    hops: (trail?.hops ?? []).map((h) => ({ ...h, url: maskUrl(h.url) })),
  };
}

/** A refusal as onCompleted reports it (status and headers of the final response), with its completion facts. */
export function buildSettledObservation(d: FinishedDetails & { statusCode: number }, trail: RequestTrail | undefined): Observation {
  const response: HeadersReceivedDetails = { ...d, statusLine: d.statusLine ?? '' };
  const refusals = Math.max(0, (trail?.refusals ?? 1) - 1);
  const o = buildObservation(response, trail && { ...trail, refusals });
  return { ...o, id: settledObservationId(d.requestId, refusals, d.timeStamp), fromCache: d.fromCache, ip: d.ip ?? null };
}

/** An origin carries no path, query or userinfo once through originOf: nothing in it to mask. */
const maskOrigin = (o: string | null): string | null => (o === null ? null : originOf(o));

export function authRequiredOf(d: AuthRequiredDetails): AuthRequired {
  return { scheme: d.scheme, realm: d.realm ?? null, isProxy: d.isProxy };
}
