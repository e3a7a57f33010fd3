// Wires capture, store, badge and messages onto a browser. Everything that registers a listener
// runs synchronously in here (MV3: only listeners added in the worker's first turn wake it).
import type { TabState } from '../core/capture/ops.ts';
import { maskUrl } from '../core/url/mask.ts';
import { BadgePainter } from './badge.ts';
import { CaptureHandlers } from './capture/handlers.ts';
import { Interest } from './capture/interest.ts';
import { RecentSuccesses } from './capture/recent-successes.ts';
import { registerCapture, registerStartBridge } from './capture/register.ts';
import { Watch } from './capture/watch.ts';
import { sweepAfterStart, type SweepPorts } from './capture/timeline-sweep.ts';
import { WorkerRefusals } from './capture/worker-refusals.ts';
import { createMessageHandler } from './messages.ts';
import type { BackgroundPorts } from './ports.ts';
import { TabStore } from './store/tab-store.ts';
import { createViewHandler } from './view/handler.ts';
import type { ViewSources } from './view/sources.ts';

export interface Background {
  store: TabStore;
  handlers: CaptureHandlers;
  watch: Watch;
  handleMessage: ReturnType<typeof createMessageHandler>;
  /** The tabs this worker read back from their pages at start (none without `timeline`). */
  swept: Promise<number[]>;
}

/**
 * `views` answers the popup's view and report requests; without it (capture tests) they get an
 * error. `timeline` reads a tab's refusals back from its page after a stop (capture/timeline-sweep.ts);
 * without it nothing is read.
 */
export function startBackground(b: BackgroundPorts, views?: ViewSources, timeline?: Pick<SweepPorts, 'readTimeline'> & Partial<SweepPorts>): Background {
  const interest = new Interest();
  const badge = new BadgePainter(b.action, (id, subs) => b.i18n.getMessage(id, subs));
  const onState = (tabId: number, state: TabState | null) => {
    interest.refresh(tabId, state);
    // A record started by a sub-resource does not know its page yet: ask the tab once.
    if (state && state.record.current.url === null && state.record.current.observations.length) {
      b.tabs.get(tabId).then(
        (tab) => tab?.url && store.write(tabId, { kind: 'page-url', url: maskUrl(tab.url) }),
        () => undefined,
      );
    }
    void badge.paint(tabId, state);
  };
  // onState runs only after the store's first asynchronous load, when `store` is initialised.
  const store: TabStore = new TabStore(b.storage.session, { onState, foldDelayMs: 150 });
  const watch = new Watch(b.webRequest, b.storage.session, (tabId) => b.tabs.get(tabId).then((t) => t?.url ?? null));
  const workers = new WorkerRefusals(store, () => b.tabs.query({}));
  const handlers = new CaptureHandlers(store, interest, new RecentSuccesses(), watch, workers);
  registerCapture(b.webRequest, handlers);
  const endBridge = registerStartBridge(b.webRequest, handlers);
  void watch.ready.then(endBridge, endBridge);
  watch.attach({ onSendHeaders: handlers.onSendHeaders, onPreflight: handlers.onPreflight, onFinished: handlers.onFinished });

  const ports: SweepPorts | null = timeline ? { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)), ...timeline } : null;
  const swept = ports
    ? sweepAfterStart(store, ports).catch((e: unknown) => {
        console.warn(`[401 Doctor] could not read refusals back from the pages: ${String(e)}`);
        return [];
      })
    : Promise.resolve([]);

  b.tabs.onRemoved.addListener((tabId) => {
    handlers.forgetTab(tabId);
    badge.forget(tabId);
    void store.drop(tabId);
  });
  b.tabs.onUpdated.addListener((tabId, change) => {
    // Chromium wipes the tab's badge when a navigation finishes; Firefox when a page commits.
    if (change.status && store.knows(tabId)) {
      badge.forget(tabId);
      void store.read(tabId);
    }
  });

  const handleMessage = createMessageHandler(
    store,
    () => b.permissions.contains({ origins: ['<all_urls>'] }),
    views && createViewHandler(store, views),
  );
  b.runtime.onMessage.addListener((message) => handleMessage(message));
  return { store, handlers, watch, handleMessage, swept };
}
