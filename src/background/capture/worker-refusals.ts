// Refusals a service worker met on its own fetch() (tabId -1 in both engines): the page that asked
// the worker got the 401 without any request of its own reaching webRequest, and the browser showed
// no sign-in dialog (a worker's request has no window, Fetch standard §4.6). They reach the
// always-on onHeadersReceived like any fetch; this gives them the tab of the worker's client, found
// when a refusal happens (tabs.query, once per refusal, never per response), and marks them
// viaServiceWorker. Their request headers stay "not seen": the tab's watched listeners are narrowed
// by tabId, which a worker's requests do not carry.
import { buildObservation } from '../../core/capture/build-observation.ts';
import type { HeadersReceivedDetails } from '../../core/capture/details.ts';
import { clientTabOf, workerOrigin, type ClientTab } from '../../core/capture/worker-client.ts';
import type { TabStore } from '../store/tab-store.ts';

export type QueryTabs = () => Promise<readonly ClientTab[]>;

export class WorkerRefusals {
  constructor(
    private readonly store: TabStore,
    private readonly queryTabs: QueryTabs,
  ) {}

  refused(d: HeadersReceivedDetails): void {
    const origin = workerOrigin(d);
    if (origin === null) return;
    void this.queryTabs().then(
      (tabs) => {
        const tabId = clientTabOf(tabs, origin, d.cookieStoreId);
        if (tabId === null) return;
        const observation = { ...buildObservation({ ...d, tabId }, undefined), viaServiceWorker: true, topOrigin: origin };
        this.store.write(tabId, { kind: 'observe', observation, successes: [] });
      },
      (e: unknown) => console.warn(`[401 Doctor] could not find the tab of a service worker's refusal: ${String(e)}`),
    );
  }
}
