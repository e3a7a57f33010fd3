// Small builders for the diagnosis tests: an Observation with sensible defaults (a main-frame 401
// with no credentials), a Success, and an input around them. Override only what a scenario is about.
import type { Observation, PageProbe, Success } from '../../../src/core/observation.ts';
import type { DiagnosisInput } from '../../../src/core/diagnosis/types.ts';

export const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
let counter = 0;

type Creds = Partial<Observation['credentials']>;
export type ObsOverrides = Partial<Omit<Observation, 'credentials'>> & { credentials?: Creds };

export function obs(over: ObsOverrides = {}): Observation {
  counter += 1;
  const { credentials, ...rest } = over;
  return {
    id: `r${counter}`,
    time: NOW - 1000,
    tabId: 1,
    frameId: 0,
    type: 'main_frame',
    method: 'GET',
    url: 'https://site.example/private/',
    status: 401,
    statusLine: 'HTTP/1.1 401 Unauthorized',
    wwwAuthenticate: ['Basic realm="private"'],
    proxyAuthenticate: [],
    server: null,
    retryAfter: null,
    contentType: 'text/html',
    location: null,
    redirectChain: [],
    fromCache: false,
    ip: null,
    authRequired: [],
    ...rest,
    credentials: { authorizationScheme: null, cookieNames: [], browserRetried: 'no', ...credentials },
  };
}

export function ok(url: string, over: Partial<Success> = {}): Success {
  return { time: NOW - 120_000, url, type: 'main_frame', status: 200, cookieNames: [], ...over };
}

export function probe(url: string, title: string, text = ''): PageProbe {
  return { url, title, text };
}

export function input(observations: Observation[], over: Partial<DiagnosisInput> = {}): DiagnosisInput {
  return { observations, successes: [], now: NOW, ...over };
}

/** A Bearer challenge with quoted-string values (RFC 9110 §5.6.4: quotes and backslashes escaped). */
export const bearer = (params: Record<string, string>): string =>
  `Bearer ${Object.entries({ realm: 'api', ...params }).map(([k, v]) => `${k}="${v.replace(/["\\]/g, '\\$&')}"`).join(', ')}`;
