// The listener's own cost per ordinary response, in Node: a fetch answered 200 going through the
// always-on onHeadersReceived (the only capture listener it reaches, capture/register.ts), against
// the same call to a no-op function (fastest of 9 rounds of 200 000).
import { fakeBrowser } from '@webext-core/fake-browser';
import { CaptureHandlers } from '../src/background/capture/handlers.ts';
import { Interest } from '../src/background/capture/interest.ts';
import { RecentSuccesses } from '../src/background/capture/recent-successes.ts';
import { Watch } from '../src/background/capture/watch.ts';
import type { SessionArea, WebRequestPort } from '../src/background/ports.ts';
import { TabStore } from '../src/background/store/tab-store.ts';
import type { HeadersReceivedDetails } from '../src/core/capture/details.ts';

function events(n: number): HeadersReceivedDetails[] {
  const out: HeadersReceivedDetails[] = [];
  for (let i = 0; i < n; i++) {
    const base = { requestId: String(i), url: `http://site.test/bench-fetch/api/${i}`, method: 'GET', frameId: 0, tabId: 5, type: 'xmlhttprequest', timeStamp: 1e12 + i };
    out.push({ ...base, statusCode: 200, statusLine: 'HTTP/1.1 200 OK', responseHeaders: [{ name: 'Content-Type', value: 'application/json' }] });
  }
  return out;
}

function timePerEvent(run: () => void, count: number): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / count;
}

const noEvents = { addListener: () => undefined, removeListener: () => undefined };

export async function nodeListenerCost(n = 200_000): Promise<{ ours: number; noop: number }> {
  const area = fakeBrowser.storage.session as unknown as SessionArea;
  const store = new TabStore(area);
  await store.ready;
  const wr = { onSendHeaders: noEvents, onHeadersReceived: noEvents, onAuthRequired: noEvents, onCompleted: noEvents, onErrorOccurred: noEvents } as WebRequestPort;
  const h = new CaptureHandlers(store, new Interest(), new RecentSuccesses(), new Watch(wr, area));
  const noop = (_d: HeadersReceivedDetails) => undefined;
  const evs = events(n);
  // One loop per function, so each call site stays monomorphic as a listener's dispatch is.
  const runOurs = () => {
    for (const e of evs) h.onHeadersReceived(e);
  };
  const runNoop = () => {
    for (const e of evs) noop(e);
  };
  // Warm both up so the JIT has compiled them before timing.
  runOurs();
  runNoop();
  const ours: number[] = [];
  const nothing: number[] = [];
  for (let i = 0; i < 9; i++) {
    ours.push(timePerEvent(runOurs, n));
    nothing.push(timePerEvent(runNoop, n));
  }
  // The fastest round: on a shared machine, other work and GC pauses only ever add time.
  return { ours: Math.min(...ours), noop: Math.min(...nothing) };
}
