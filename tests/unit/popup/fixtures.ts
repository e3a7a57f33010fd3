// Small builders of the shared contract's shapes, with safe defaults a test overrides.
import type { Observation, PageRecord, Success } from '../../../src/core/observation.ts';
import type { ViewInputs } from '../../../src/core/view/build-view.ts';

export function observation(over: Partial<Observation> = {}): Observation {
  return {
    id: 'o1',
    time: 1_000,
    tabId: 1,
    frameId: 0,
    type: 'main_frame',
    method: 'GET',
    url: 'https://app.example.com/private/',
    status: 401,
    statusLine: 'HTTP/1.1 401 Unauthorized',
    wwwAuthenticate: ['Basic realm="Members"'],
    proxyAuthenticate: [],
    server: null,
    retryAfter: null,
    contentType: 'text/html',
    location: null,
    redirectChain: [],
    fromCache: false,
    ip: null,
    credentials: { authorizationScheme: null, cookieNames: [], browserRetried: 'no' },
    authRequired: [],
    ...over,
  };
}

export function success(over: Partial<Success> = {}): Success {
  return { time: 500, url: 'https://app.example.com/', type: 'main_frame', status: 200, cookieNames: [], ...over };
}

export function page(observations: Observation[], successes: Success[] = []): PageRecord {
  return { url: null, startedAt: 0, observations, dropped: 0, successes };
}

/** What the background gathers for a view, on a Linux Chromium with one refusal; override what a test is about. */
export function viewInputs(over: Partial<ViewInputs> = {}): ViewInputs {
  return {
    tabId: 1,
    record: { tabId: 1, current: page([observation()]), previous: null },
    attempts: [],
    hostPermission: true,
    tabUrl: 'https://app.example.com/',
    selection: null,
    os: 'linux',
    family: 'chromium',
    probe: null,
    cookieNames: null,
    extensions: null,
    settled: false,
    now: 10_000,
    ...over,
  };
}
