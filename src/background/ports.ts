// The browser surface the background uses, narrowed to what it calls. index.ts hands it the real
// `browser`; unit tests hand it @webext-core/fake-browser plus small fakes of webRequest and action.
import type { ClientTab } from '../core/capture/worker-client.ts';
import type { AuthRequiredDetails, FinishedDetails, HeadersReceivedDetails, SendHeadersDetails } from '../core/capture/details.ts';

export interface BrowserEvent<L> {
  addListener(listener: L): void;
}

/** webRequest's RequestFilter: matched in the browser process, so a filtered-out request never reaches the worker. */
export interface RequestFilter {
  urls: string[];
  types?: string[];
  tabId?: number;
}

export interface WebRequestEvent<D> {
  addListener(listener: (details: D) => void, filter: RequestFilter, extraInfoSpec?: string[]): void;
  removeListener(listener: (details: D) => void): void;
}

export interface WebRequestPort {
  onSendHeaders: WebRequestEvent<SendHeadersDetails>;
  onHeadersReceived: WebRequestEvent<HeadersReceivedDetails>;
  onAuthRequired: WebRequestEvent<AuthRequiredDetails>;
  onCompleted: WebRequestEvent<FinishedDetails>;
  onErrorOccurred: WebRequestEvent<FinishedDetails>;
  /** Chromium lists "extraHeaders" here; Firefox has no such option and rejects it. */
  OnSendHeadersOptions?: Record<string, string>;
}

export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chromium 130+, Firefox 143+; absent before. */
  getKeys?: () => Promise<string[]>;
}

export interface ActionPort {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?: (details: { tabId: number; color: string }) => Promise<void>;
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export interface TabsPort {
  onRemoved: BrowserEvent<(tabId: number) => void>;
  onUpdated: BrowserEvent<(tabId: number, change: { status?: string; url?: string }) => void>;
  /** Undefined in some fakes and for a tab that just closed. */
  get(tabId: number): Promise<{ url?: string } | undefined>;
  /** Every tab, for the client of a service worker's refusal (capture/worker-refusals.ts). */
  query(q: Record<string, never>): Promise<ClientTab[]>;
}

export interface BackgroundPorts {
  webRequest: WebRequestPort;
  storage: { session: SessionArea };
  action: ActionPort;
  tabs: TabsPort;
  i18n: { getMessage(id: string, substitutions?: string | string[]): string };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  runtime: { onMessage: BrowserEvent<(message: unknown, sender: unknown) => Promise<unknown> | undefined> };
}
