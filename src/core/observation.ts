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

export const Credentials = z.object({
  /** Scheme of the Authorization (or Proxy-Authorization) header the request carried, e.g. "Bearer"; never the value. */
  authorizationScheme: z.nullable(z.string()),
  /** Names of the cookies the request carried; never their values. */
  cookieNames: z.array(z.string()),
  /** Whether the browser itself retried with credentials it had cached (Basic/Digest), inferred from the event order. */
  browserRetried: Certainty,
});
export type Credentials = z.infer<typeof Credentials>;

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
});
export type Success = z.infer<typeof Success>;

/** What the popup reads from a 401 error page the user opened it on (title and the start of its text). */
export const PageProbe = z.object({
  url: z.string(),
  title: z.string(),
  text: z.string(),
});
export type PageProbe = z.infer<typeof PageProbe>;

/** The record of one top-level page of a tab: from one main-frame navigation to the next. */
export const PageRecord = z.object({
  /** The top document's URL when known (masked). */
  url: z.nullable(z.string()),
  startedAt: z.number(),
  observations: z.array(Observation),
  /** How many older observations were dropped to keep the record bounded. */
  dropped: z.number(),
  successes: z.array(Success),
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
