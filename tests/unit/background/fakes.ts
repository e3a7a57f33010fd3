// Hand-written fakes for what @webext-core/fake-browser lacks (webRequest, action, i18n,
// permissions), joined with its in-memory storage.session, tabs and runtime.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { ActionPort, BackgroundPorts, SessionArea, WebRequestEvent, WebRequestPort } from '../../../src/background/ports.ts';
import type { AuthRequiredDetails, FinishedDetails, HeadersReceivedDetails, HttpHeader, SendHeadersDetails } from '../../../src/core/capture/details.ts';

export class FakeWebRequestEvent<D> implements WebRequestEvent<D> {
  listeners: Array<{ listener: (d: D) => void; spec: string[] | undefined }> = [];
  constructor(private readonly rejects: string[] = []) {}
  addListener(listener: (d: D) => void, _filter: { urls: string[] }, spec?: string[]): void {
    const bad = spec?.find((x) => this.rejects.includes(x));
    if (bad) throw new Error(`Invalid extraInfoSpec: ${bad}`);
    this.listeners.push({ listener, spec });
  }
  fire(d: D): void {
    for (const l of this.listeners) l.listener(d);
  }
}

export function fakeWebRequest(opts: { firefox?: boolean } = {}) {
  const rejects = opts.firefox ? ['extraHeaders'] : [];
  return {
    onSendHeaders: new FakeWebRequestEvent<SendHeadersDetails>(rejects),
    onHeadersReceived: new FakeWebRequestEvent<HeadersReceivedDetails>(rejects),
    onAuthRequired: new FakeWebRequestEvent<AuthRequiredDetails>(rejects),
    onCompleted: new FakeWebRequestEvent<FinishedDetails>(rejects),
    onErrorOccurred: new FakeWebRequestEvent<FinishedDetails>(rejects),
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
