// Turns a refused response and its request's trail into an Observation. Every URL is masked here,
// the only place where raw URLs become stored data.
import type { AuthRequired, Observation } from '../observation.ts';
import { maskUrl } from '../url/mask.ts';
import { sentCredentials } from './credentials.ts';
import type { AuthRequiredDetails, FinishedDetails, HeadersReceivedDetails } from './details.ts';
import { firstHeader, headerValues } from './headers.ts';
import type { RequestTrail } from './request-trail.ts';
import { inferBrowserRetried } from './retry.ts';

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
  const sent = sentCredentials(trail?.requestHeaders, proxy);
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
    credentials: {
      authorizationScheme: sent.authorizationScheme,
      cookieNames: sent.cookieNames,
      browserRetried: inferBrowserRetried(refusals, sent.authorizationScheme, proxy ? proxyAuthenticate : wwwAuthenticate),
    },
    authRequired: [],
  };
}

/** A refusal as onCompleted reports it (status and headers of the final response), with its completion facts. */
export function buildSettledObservation(d: FinishedDetails & { statusCode: number }, trail: RequestTrail | undefined): Observation {
  const response: HeadersReceivedDetails = { ...d, statusLine: d.statusLine ?? '' };
  const refusals = Math.max(0, (trail?.refusals ?? 1) - 1);
  const o = buildObservation(response, trail && { ...trail, refusals });
  return { ...o, id: settledObservationId(d.requestId, refusals, d.timeStamp), fromCache: d.fromCache, ip: d.ip ?? null };
}

export function authRequiredOf(d: AuthRequiredDetails): AuthRequired {
  return { scheme: d.scheme, realm: d.realm ?? null, isProxy: d.isProxy };
}
