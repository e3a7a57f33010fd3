// What the background records about one refused request, and about the successes around it.
// This is the contract between capture (writer), storage (the border where it is re-parsed),
// the diagnosis engine, the popup and the CLI. zod/mini keeps the popup bundle small.
// Every URL in here has already been passed through maskUrl (src/core/url/mask.ts):
// no credential, cookie value or token is ever part of an Observation.
import { z } from 'zod/mini';

/** webRequest's ResourceType, kept as a string: browsers add types over time. */
export const RequestType = z.string();

/** How sure capture is that the browser replayed credentials from its own cache (Chromium hides them). */
export const Certainty = z.enum(['certain', 'likely', 'unknown', 'no']);
export type Certainty = z.infer<typeof Certainty>;

/**
 * The only claims of a Bearer JWT that capture keeps (issue 11 §6): times in seconds since the
 * epoch as the token says them, issuer, audience(s) and scope. Everything else is dropped unread.
 */
export const TokenClaims = z.object({
  exp: z.nullable(z.number()),
  nbf: z.nullable(z.number()),
  iat: z.nullable(z.number()),
  iss: z.nullable(z.string()),
  aud: z.array(z.string()),
  scope: z.nullable(z.string()),
});
export type TokenClaims = z.infer<typeof TokenClaims>;

export const Credentials = z.object({
  /** Scheme of the Authorization (or Proxy-Authorization) header the request carried, e.g. "Bearer"; never the value. */
  authorizationScheme: z.nullable(z.string()),
  /** Names of the cookies the request carried; never their values. */
  cookieNames: z.array(z.string()),
  /** Whether the browser itself retried with credentials it had cached (Basic/Digest), inferred from the event order. */
  browserRetried: Certainty,
  /**
   * False when capture did not watch this request's headers (the on-demand capture of issue 12
   * watches an origin's requests only once it has refused on the tab): the scheme and cookie
   * names above are then "not seen", not "none". Absent means true (records from before).
   */
  requestSeen: z.optional(z.boolean()),
  /** The Authorization value was a front-end placeholder, never a token: only the kind is kept, never the value. */
  placeholder: z.optional(z.nullable(z.enum(['undefined', 'null', 'object', 'empty', 'nan']))),
  /** What a Bearer JWT's payload said, decoded by the worker at once; no other claim, no signature, no token. */
  token: z.optional(z.nullable(TokenClaims)),
});
export type Credentials = z.infer<typeof Credentials>;

/** One redirect hop the request passed through before the refusal (masked URL). */
export const Hop = z.object({
  url: z.string(),
  status: z.number(),
  /** Scheme of the Authorization this hop's request carried; null when none was sent. */
  authorizationScheme: z.nullable(z.string()),
  /** False when capture did not see this hop's request headers (then the scheme above means nothing). */
  requestSeen: z.boolean(),
});
export type Hop = z.infer<typeof Hop>;

/** One onAuthRequired event (Chromium and Firefox fire it for Basic/Digest challenges and for proxies). */
export const AuthRequired = z.object({
  scheme: z.string(),
  realm: z.nullable(z.string()),
  isProxy: z.boolean(),
});
export type AuthRequired = z.infer<typeof AuthRequired>;

export const Observation = z.object({
  /** Unique within a tab: the browser's requestId plus a counter, so a retried request keeps both. */
  id: z.string(),
  /** Milliseconds since the epoch, when the response headers arrived. */
  time: z.number(),
  tabId: z.number(),
  frameId: z.number(),
  type: RequestType,
  method: z.string(),
  /** The refused URL, with secret-looking query values masked. */
  url: z.string(),
  status: z.number(),
  statusLine: z.string(),
  /** Every WWW-Authenticate field line, as received, in order. */
  wwwAuthenticate: z.array(z.string()),
  /** Every Proxy-Authenticate field line, as received, in order. */
  proxyAuthenticate: z.array(z.string()),
  server: z.nullable(z.string()),
  retryAfter: z.nullable(z.string()),
  contentType: z.nullable(z.string()),
  location: z.nullable(z.string()),
  /** The URLs that redirected to this one, oldest first (masked). Empty when there was no redirect. */
  redirectChain: z.array(z.string()),
  fromCache: z.boolean(),
  /** The server's IP address as the browser reports it, when known (helps the DNS cause). */
  ip: z.nullable(z.string()),
  credentials: Credentials,
  authRequired: z.array(AuthRequired),
  // Added for issues 11 and 12; optional so records stored before them still parse.
  /** The response's Date header (RFC 9110 §6.6.1) as received; with `time` it measures the clock skew. */
  date: z.optional(z.nullable(z.string())),
  /** The response's Age header (RFC 9111 §5.1): a cached copy's Date says nothing about the clock. */
  age: z.optional(z.nullable(z.string())),
  /** A CORS preflight (OPTIONS with Access-Control-Request-Method, Fetch §4.8): the real request never left. */
  preflight: z.optional(z.boolean()),
  /** The origin that started the request (Chromium's initiator, Firefox's originUrl), masked; null for a typed URL. */
  initiator: z.optional(z.nullable(z.string())),
  /** The top document's origin when the request came from a frame or fetch of a page (cross-site checks). */
  topOrigin: z.optional(z.nullable(z.string())),
  /** Each redirect hop with what its request carried; the same URLs as redirectChain, with more facts. */
  hops: z.optional(z.array(Hop)),
  /** The request was made by a service worker on the page's behalf (Chromium: tabId -1 with the page's initiator). */
  viaServiceWorker: z.optional(z.boolean()),
});
export type Observation = z.infer<typeof Observation>;

/** A 2xx response on an origin of interest: lets the diagnosis say "this page worked minutes ago". */
export const Success = z.object({
  time: z.number(),
  url: z.string(),
  type: RequestType,
  status: z.number(),
  /** Names of the cookies the successful request carried (compared with the refused one). */
  cookieNames: z.array(z.string()),
  /** The server's IP address when the browser reported it: a refusal from another address points to DNS (issue 13). */
  ip: z.optional(z.nullable(z.string())),
});
export type Success = z.infer<typeof Success>;

/** What the popup reads from a 401 error page the user opened it on (title and the start of its text). */
export const PageProbe = z.object({
  url: z.string(),
  title: z.string(),
  text: z.string(),
  /** navigator.serviceWorker.controller was set: a service worker answers this page's requests. */
  controlled: z.optional(z.boolean()),
});
export type PageProbe = z.infer<typeof PageProbe>;

/**
 * A refusal the page's own timeline holds (Resource Timing's responseStatus) and capture missed:
 * Chromium drops the webRequest events it had dispatched to a worker being stopped, and nothing
 * sends them again (capture/timeline.ts). Only what the timeline says: the URL (masked), the
 * status and when the response started; no challenge, no request headers.
 */
export const Missed = z.object({ url: z.string(), status: z.number(), time: z.number() });
export type Missed = z.infer<typeof Missed>;

/** The record of one top-level page of a tab: from one main-frame navigation to the next. */
export const PageRecord = z.object({
  /** The top document's URL when known (masked). */
  url: z.nullable(z.string()),
  startedAt: z.number(),
  observations: z.array(Observation),
  /** How many older observations were dropped to keep the record bounded. */
  dropped: z.number(),
  successes: z.array(Success),
  /** Refusals counted from the page's timeline after a worker stop lost their events (bounded like observations). */
  missed: z.optional(z.array(Missed)),
});
export type PageRecord = z.infer<typeof PageRecord>;

export const TabRecord = z.object({
  tabId: z.number(),
  current: PageRecord,
  /** The page before the current one, kept so the popup can say "on the previous page". */
  previous: z.nullable(PageRecord),
});
export type TabRecord = z.infer<typeof TabRecord>;

export const OBSERVATIONS_PER_PAGE = 100;
export const SUCCESSES_PER_PAGE = 50;
