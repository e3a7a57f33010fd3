// Details on demand (issue 12): once an origin has refused on a tab, listeners narrowed to that
// tab and origin ask for what the always-on listeners do not (capture/register.ts):
// - onSendHeaders with requestHeaders (+ extraHeaders in Chromium, for Cookie): the Authorization
//   scheme, the placeholder check, a JWT's kept claims, the cookie names sent, each redirect hop's
//   Authorization presence;
// - onHeadersReceived with extraHeaders (Chromium only): CORS preflights reach only listeners that
//   ask for extraHeaders (Chrome 79+), so a preflight refused with 401 is seen here and nowhere else;
// - onCompleted with responseHeaders and onErrorOccurred: fromCache, the server's address, and a
//   second chance to record a refusal whose onHeadersReceived a stopped worker never ran.
// The filter's urls and tabId are matched in the browser process: other tabs and origins never
// reach the worker. The set is kept in storage.session and registered again when a worker starts
// (after its first turn: requests until then are "not seen", as on a first refusal).
import type { FinishedDetails, HeadersReceivedDetails, SendHeadersDetails } from '../../core/capture/details.ts';
import { parseUrl } from '../../core/diagnosis/context.ts';
import { leavesWatch, MAX_WATCHED_TABS, patternOf, StoredWatch, withOrigins, type WatchedTab } from '../../core/capture/watch-set.ts';
import type { SessionArea, WebRequestPort } from '../ports.ts';
import { hasExtraHeaders, listen, sendHeadersSpec } from './register.ts';

export const WATCH_KEY = 'watch';

export interface WatchedListeners {
  onSendHeaders(d: SendHeadersDetails): void;
  onPreflight(d: HeadersReceivedDetails): void;
  onFinished(d: FinishedDetails): void;
}

interface Registered {
  send: (d: SendHeadersDetails) => void;
  preflight: ((d: HeadersReceivedDetails) => void) | null;
  completed: (d: FinishedDetails) => void;
  error: (d: FinishedDetails) => void;
}

export class Watch {
  readonly ready: Promise<void>;
  private readonly tabs = new Map<number, WatchedTab>();
  private readonly registered = new Map<number, Registered>();
  private listeners: WatchedListeners | null = null;

  constructor(
    private readonly webRequest: WebRequestPort,
    private readonly area: SessionArea,
    /** The tab's top document URL when a refusal did not say (a frame's request in Chromium). */
    private readonly pageOf: (tabId: number) => Promise<string | null> = async () => null,
  ) {
    this.ready = this.restore();
  }

  /** The handlers the narrowed listeners call; set once, before any origin is watched. */
  attach(listeners: WatchedListeners): void {
    this.listeners = listeners;
    for (const tab of this.tabs.values()) this.register(tab);
  }

  has(tabId: number, origin: string): boolean {
    return this.tabs.get(tabId)?.origins.includes(origin) ?? false;
  }

  /** What is watched now, for tests and the popup's "watching" state. */
  snapshot(): WatchedTab[] {
    return [...this.tabs.values()];
  }

  /** Watches `origins` on the tab from now on. Synchronous: the listeners are in place before it returns. */
  add(tabId: number, origins: readonly string[], page: string | null): void {
    if (tabId < 0) return;
    const next = withOrigins(this.tabs.get(tabId), tabId, origins, page);
    if (!next) return;
    this.set(next);
    if (next.page === null) {
      void this.pageOf(tabId).then(
        (url) => {
          const now = this.tabs.get(tabId);
          const origin = url ? originOfUrl(url) : null;
          if (now && now.page === null && origin) this.set({ ...now, page: origin }, false);
        },
        () => undefined,
      );
    }
  }

  /** A top-level navigation on the tab: the watch ends when it leaves the watched site. */
  navigated(tabId: number, origin: string): void {
    const tab = this.tabs.get(tabId);
    if (tab && leavesWatch(tab, origin)) this.drop(tabId);
  }

  drop(tabId: number): void {
    if (!this.tabs.delete(tabId)) return;
    this.unregister(tabId);
    this.persist();
  }

  private set(tab: WatchedTab, reRegister = true): void {
    this.tabs.delete(tab.tabId);
    this.tabs.set(tab.tabId, tab);
    while (this.tabs.size > MAX_WATCHED_TABS) this.drop(this.tabs.keys().next().value as number);
    if (reRegister) this.register(tab);
    this.persist();
  }

  private register(tab: WatchedTab): void {
    const l = this.listeners;
    if (!l) return;
    this.unregister(tab.tabId);
    const urls = tab.origins.map(patternOf).filter((p): p is string => p !== null);
    if (!urls.length) return;
    const filter = { urls: [...new Set(urls)], tabId: tab.tabId };
    const wr = this.webRequest;
    // Own functions per tab, so removing one tab's listeners leaves the others registered.
    const r: Registered = {
      send: (d) => l.onSendHeaders(d),
      preflight: hasExtraHeaders(wr) ? (d) => l.onPreflight(d) : null,
      completed: (d) => l.onFinished(d),
      error: (d) => l.onFinished(d),
    };
    // An engine that lists extraHeaders but refuses it: cookie names are then missing, nothing else.
    listen(wr.onSendHeaders, r.send, filter, sendHeadersSpec(wr), ['requestHeaders']);
    if (r.preflight) listen(wr.onHeadersReceived, r.preflight, filter, ['responseHeaders', 'extraHeaders']);
    listen(wr.onCompleted, r.completed, filter, ['responseHeaders'], []);
    listen(wr.onErrorOccurred, r.error, filter);
    this.registered.set(tab.tabId, r);
  }

  private unregister(tabId: number): void {
    const r = this.registered.get(tabId);
    if (!r) return;
    this.registered.delete(tabId);
    const wr = this.webRequest;
    wr.onSendHeaders.removeListener(r.send);
    if (r.preflight) wr.onHeadersReceived.removeListener(r.preflight);
    wr.onCompleted.removeListener(r.completed);
    wr.onErrorOccurred.removeListener(r.error);
  }

  private persist(): void {
    const value: StoredWatch = { v: 1, tabs: [...this.tabs.values()] };
    void this.area.set({ [WATCH_KEY]: JSON.stringify(value) }).catch((e: unknown) => console.warn(`[401 Doctor] could not store the watched origins: ${String(e)}`));
  }

  /** A worker starting: what earlier workers watched, merged under what this one began watching already. */
  private async restore(): Promise<void> {
    let raw: unknown;
    try {
      raw = (await this.area.get(WATCH_KEY))[WATCH_KEY];
    } catch {
      return;
    }
    if (typeof raw !== 'string') return;
    let parsed: ReturnType<typeof StoredWatch.safeParse>;
    try {
      parsed = StoredWatch.safeParse(JSON.parse(raw));
    } catch {
      return;
    }
    if (!parsed.success) return;
    for (const stored of parsed.data.tabs) {
      const merged = withOrigins(stored, stored.tabId, this.tabs.get(stored.tabId)?.origins ?? [], stored.page) ?? stored;
      this.tabs.set(stored.tabId, merged);
      this.register(merged);
    }
  }
}

function originOfUrl(url: string): string | null {
  const o = parseUrl(url)?.origin ?? null;
  return o === 'null' ? null : o;
}
