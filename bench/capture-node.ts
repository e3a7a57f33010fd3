// The listener's own cost per ordinary event, in Node: an image answered 200 going through
// onSendHeaders, onHeadersReceived and onCompleted, against the same three calls to no-op functions.
import { fakeBrowser } from '@webext-core/fake-browser';
import { CaptureHandlers } from '../src/background/capture/handlers.ts';
import { Interest } from '../src/background/capture/interest.ts';
import { RecentSuccesses } from '../src/background/capture/recent-successes.ts';
import type { SessionArea } from '../src/background/ports.ts';
import { TabStore } from '../src/background/store/tab-store.ts';
import type { FinishedDetails, HeadersReceivedDetails, SendHeadersDetails } from '../src/core/capture/details.ts';

function events(n: number) {
  const out: Array<[SendHeadersDetails, HeadersReceivedDetails, FinishedDetails]> = [];
  for (let i = 0; i < n; i++) {
    const base = { requestId: String(i), url: `http://site.test/bench/img/${i}.png`, method: 'GET', frameId: 0, tabId: 5, type: 'image', timeStamp: 1e12 + i };
    out.push([
      { ...base, requestHeaders: [{ name: 'Accept', value: 'image/*' }, { name: 'Cookie', value: 'sid=1' }] },
      { ...base, statusCode: 200, statusLine: 'HTTP/1.1 200 OK', responseHeaders: [{ name: 'Content-Type', value: 'image/png' }] },
      // onCompleted carries the final status and headers too (registered with responseHeaders).
      { ...base, fromCache: false, ip: '127.0.0.1', statusCode: 200, statusLine: 'HTTP/1.1 200 OK', responseHeaders: [{ name: 'Content-Type', value: 'image/png' }] },
    ]);
  }
  return out;
}

function timePerEvent(run: () => void, count: number): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / count;
}

export async function nodeListenerCost(n = 200_000): Promise<{ ours: number; noop: number }> {
  const store = new TabStore(fakeBrowser.storage.session as unknown as SessionArea);
  await store.ready;
  const h = new CaptureHandlers(store, new Interest(), new RecentSuccesses());
  type Listeners = Pick<CaptureHandlers, 'onSendHeaders' | 'onHeadersReceived' | 'onFinished'>;
  const noop: Listeners = { onSendHeaders: () => undefined, onHeadersReceived: () => undefined, onFinished: () => undefined };
  const evs = events(n);
  const run = (x: Listeners) => () => {
    for (const [s, r, f] of evs) {
      x.onSendHeaders(s);
      x.onHeadersReceived(r);
      x.onFinished(f);
    }
  };
  // Warm both up so the JIT has compiled them before timing.
  run(h)();
  run(noop)();
  const ours: number[] = [];
  const nothing: number[] = [];
  for (let i = 0; i < 5; i++) {
    ours.push(timePerEvent(run(h), n * 3));
    nothing.push(timePerEvent(run(noop), n * 3));
  }
  ours.sort((a, b) => a - b);
  nothing.sort((a, b) => a - b);
  return { ours: ours[2]!, noop: nothing[2]! };
}
