// Hand-written fakes for what @webext-core/fake-browser lacks (webRequest, action, i18n,
// permissions), joined with its in-memory storage.session, tabs and runtime.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { ActionPort, BackgroundPorts, RequestFilter, SessionArea, WebRequestEvent, WebRequestPort } from '../../../src/background/ports.ts';
import type { AuthRequiredDetails, FinishedDetails, HeadersReceivedDetails, HttpHeader, SendHeadersDetails } from '../../../src/core/capture/details.ts';

/** A match pattern (`<all_urls>`, `scheme://host/*`, `*://*.host/*`) against a URL, as the browser matches a RequestFilter's urls. */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|ftp|file):/.test(url);
  const m = /^(\*|[a-z]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (m[1] === '*' ? !['http', 'https', 'ws', 'wss'].includes(scheme) : m[1] !== scheme) return false;
  const host = m[2]!;
  const hostOk = host === '*' || (host.startsWith('*.') ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1)) : u.hostname === host.replace(/:\d+$/, ''));
  if (!hostOk) return false;
  const path = new RegExp(`^${m[3]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
  return path.test(u.pathname + u.search);
}

interface Registration<D> {
  listener: (d: D) => void;
  filter: RequestFilter;
  spec: string[] | undefined;
}

type AnyDetails = { url: string; type: string; tabId: number; method: string; requestHeaders?: HttpHeader[]; responseHeaders?: HttpHeader[] };

/**
 * A webRequest event that dispatches the way the browser does: only to listeners whose filter
 * (urls, types, tabId) matches, with request/response headers only for listeners that asked for
 * them. With `chromium`, a CORS preflight reaches only listeners with extraHeaders (Chrome 79+) and
 * the Cookie request header is hidden from the others (Chrome 72+), as platform-notes.md measured.
 */
export class FakeWebRequestEvent<D extends AnyDetails> implements WebRequestEvent<D> {
  listeners: Array<Registration<D>> = [];
  constructor(
    private readonly rejects: string[] = [],
    private readonly chromium = true,
  ) {}
  addListener(listener: (d: D) => void, filter: RequestFilter, spec?: string[]): void {
    const bad = spec?.find((x) => this.rejects.includes(x));
    if (bad) throw new Error(`Invalid extraInfoSpec: ${bad}`);
    this.listeners.push({ listener, filter, spec });
  }
  removeListener(listener: (d: D) => void): void {
    this.listeners = this.listeners.filter((l) => l.listener !== listener);
  }
  /** The registrations a request with these details reaches. */
  reached(d: D): Array<Registration<D>> {
    const preflight = d.method === 'OPTIONS' && (d.requestHeaders ?? []).some((h) => h.name.toLowerCase() === 'access-control-request-method');
    return this.listeners.filter(({ filter, spec }) => {
      if (!filter.urls.some((p) => matchesPattern(p, d.url))) return false;
      if (filter.types && !filter.types.includes(d.type)) return false;
      if (filter.tabId !== undefined && filter.tabId !== d.tabId) return false;
      if (this.chromium && preflight && !spec?.includes('extraHeaders')) return false;
      return true;
    });
  }
  /** Dispatches `d` as the browser would; returns how many listeners got it. */
  trigger(d: D): number {
    const targets = this.reached(d);
    for (const { listener, spec } of targets) {
      const copy = { ...d };
      if (!spec?.includes('requestHeaders')) delete copy.requestHeaders;
      else if (this.chromium && !spec.includes('extraHeaders')) copy.requestHeaders = d.requestHeaders?.filter((h) => h.name.toLowerCase() !== 'cookie');
      if (!spec?.includes('responseHeaders')) delete copy.responseHeaders;
      listener(copy);
    }
    return targets.length;
  }
  /** The older name of trigger(), kept for the tests written before filters were honoured. */
  fire(d: D): number {
    return this.trigger(d);
  }
}

export function fakeWebRequest(opts: { firefox?: boolean } = {}) {
  const rejects = opts.firefox ? ['extraHeaders'] : [];
  const chromium = !opts.firefox;
  return {
    onSendHeaders: new FakeWebRequestEvent<SendHeadersDetails>(rejects, chromium),
    onHeadersReceived: new FakeWebRequestEvent<HeadersReceivedDetails>(rejects, chromium),
    onAuthRequired: new FakeWebRequestEvent<AuthRequiredDetails>(rejects, chromium),
    onCompleted: new FakeWebRequestEvent<FinishedDetails>(rejects, chromium),
    onErrorOccurred: new FakeWebRequestEvent<FinishedDetails>(rejects, chromium),
    ...(opts.firefox ? {} : { OnSendHeadersOptions: { REQUEST_HEADERS: 'requestHeaders', EXTRA_HEADERS: 'extraHeaders' } }),
  } satisfies WebRequestPort;
}

export interface TabBadge {
  text?: string;
  color?: string;
  textColor?: string;
  icon?: Record<string, string>;
  title?: string;
}

export function fakeAction(): ActionPort & { tabs: Map<number, TabBadge> } {
  const tabs = new Map<number, TabBadge>();
  const at = (id: number) => tabs.get(id) ?? (tabs.set(id, {}), tabs.get(id)!);
  return {
    tabs,
    setBadgeText: async ({ tabId, text }) => void (at(tabId).text = text),
    setBadgeBackgroundColor: async ({ tabId, color }) => void (at(tabId).color = color),
    setBadgeTextColor: async ({ tabId, color }) => void (at(tabId).textColor = color),
    setIcon: async ({ tabId, path }) => void (at(tabId).icon = path),
    setTitle: async ({ tabId, title }) => void (at(tabId).title = title),
  };
}

/** storage.session of fake-browser, with call counts so tests can prove the hot path never touches it. */
export function countingSession(area: SessionArea = fakeBrowser.storage.session as unknown as SessionArea) {
  const calls = { get: 0, set: 0, remove: 0 };
  const session: SessionArea = {
    get: (k) => (calls.get++, area.get(k)),
    set: (i) => (calls.set++, area.set(i)),
    remove: (k) => (calls.remove++, area.remove(k)),
  };
  return { session, calls };
}

export function ports(overrides: Partial<BackgroundPorts> = {}) {
  const webRequest = fakeWebRequest();
  const action = fakeAction();
  const { session, calls } = countingSession();
  const b: BackgroundPorts = {
    webRequest,
    storage: { session },
    action,
    tabs: fakeBrowser.tabs as unknown as BackgroundPorts['tabs'],
    i18n: { getMessage: (id, subs) => `${id}${subs ? `:${[subs].flat().join(',')}` : ''}` },
    permissions: { contains: async () => true },
    runtime: fakeBrowser.runtime as unknown as BackgroundPorts['runtime'],
    ...overrides,
  };
  return { b, webRequest: b.webRequest as typeof webRequest, action, calls };
}

let seq = 0;
export const T0 = 1_750_000_000_000;

export function req(over: Partial<SendHeadersDetails> = {}): SendHeadersDetails {
  return { requestId: String(++seq), url: 'https://app.example/api/data', method: 'GET', frameId: 0, tabId: 7, type: 'xmlhttprequest', timeStamp: T0 + seq, ...over };
}

export function response(r: SendHeadersDetails, statusCode: number, headers: HttpHeader[] = [], over: Partial<HeadersReceivedDetails> = {}): HeadersReceivedDetails {
  return { ...r, statusCode, statusLine: `HTTP/1.1 ${statusCode}`, responseHeaders: headers, timeStamp: r.timeStamp + 1, ...over };
}

export const basicChallenge = [{ name: 'WWW-Authenticate', value: 'Basic realm="staff"' }];
export const bearerChallenge = [{ name: 'www-authenticate', value: 'Bearer realm="api", error="invalid_token"' }];

export const flush = () => new Promise((r) => setTimeout(r, 0));

/** Waits until every queued fold has run (folds chain on promises and timers of the fakes). */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await flush();
}

type Wr = ReturnType<typeof fakeWebRequest>;

/**
 * One request as the browser reports it, event by event: onSendHeaders, onHeadersReceived, and
 * onCompleted (with the final status and headers) unless `completed` is false.
 */
export function exchange(wr: Wr, r: SendHeadersDetails, status: number, headers: HttpHeader[] = [], opts: { completed?: boolean; ip?: string } = {}): HeadersReceivedDetails {
  wr.onSendHeaders.trigger(r);
  const res = response(r, status, headers);
  wr.onHeadersReceived.trigger(res);
  if (opts.completed !== false) wr.onCompleted.trigger({ ...res, fromCache: false, ip: opts.ip ?? '127.0.0.1', timeStamp: res.timeStamp + 1 });
  return res;
}

/** A storage.session of a test's own: no other test's lingering fold timer can write into it. */
export function memorySession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const pick = (keys: string | string[] | null) => (keys === null ? [...data.keys()] : [keys].flat());
  return {
    data,
    get: async (keys) => Object.fromEntries(pick(keys).filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (keys) => void [keys].flat().forEach((k) => data.delete(k)),
    getKeys: async () => [...data.keys()],
  };
}
