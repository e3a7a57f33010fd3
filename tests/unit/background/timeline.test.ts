// Refusals read back from the page after a worker stop lost their events: the count per URL
// (core/capture/timeline.ts), its fold and badge, and when a new worker looks
// (background/capture/timeline-sweep.ts).
import { describe, expect, it } from 'vitest';
import { buildObservation } from '../../../src/core/capture/build-observation.ts';
import type { Op, TabState } from '../../../src/core/capture/ops.ts';
import { applyOp, badgeOf } from '../../../src/core/capture/tab-state.ts';
import { missedRefusals } from '../../../src/core/capture/timeline.ts';
import type { Missed, Observation } from '../../../src/core/observation.ts';
import { QUIET_MS, RECENT_MS, sweepAfterStart } from '../../../src/background/capture/timeline-sweep.ts';
import { TabStore } from '../../../src/background/store/tab-store.ts';
import { bearerChallenge, memorySession, req, response, T0 } from './fakes.ts';

const api = (n: number) => `https://app.example/api/${n}`;
const obs = (url: string, over: Partial<Observation> = {}): Observation => ({ ...buildObservation(response(req({ url }), 401, bearerChallenge), undefined), ...over });
const entry = (url: string, status = 401, time = T0 + 10): Missed => ({ url, status, time });
const fold = (ops: Op[], start: TabState | null = null) => ops.reduce<TabState | null>((s, op) => applyOp(s, op, 7), start)!;
const observe = (o: Observation): Op => ({ kind: 'observe', observation: o, successes: [] });
const started = (ops: Op[]) => fold([{ kind: 'navigate', time: T0, url: 'https://app.example/' }, ...ops]);

describe("the page's timeline against the record", () => {
  it('counts per URL and status: what the timeline has more of is missed', () => {
    const s = started([observe(obs(api(1))), observe(obs(api(2)))]);
    const missed = missedRefusals(s.record.current, [entry(api(1)), entry(api(2)), entry(api(2), 401, T0 + 20), entry(api(3))]);
    expect(missed.map((m) => m.url).sort()).toEqual([api(2), api(3)]);
  });

  it('leaves out answers that were no refusal, and the ones from before this page', () => {
    const s = started([]);
    expect(missedRefusals(s.record.current, [entry(api(1), 200), entry(api(2), 403), entry(api(3), 401, T0 - 60_000)])).toEqual([]);
    expect(missedRefusals(s.record.current, [entry(api(4), 407)])).toHaveLength(1);
  });

  it("does not take a frame's refusal for the top document's, nor the document itself", () => {
    const s = started([observe(obs(api(1), { frameId: 3 })), observe(obs('https://app.example/', { type: 'main_frame' }))]);
    expect(missedRefusals(s.record.current, [entry(api(1))])).toHaveLength(1);
  });

  it("counts a service worker's refusal as the page's own fetch, which is how the page's timeline has it", () => {
    const s = started([observe(obs(api(1), { frameId: -1, viaServiceWorker: true }))]);
    expect(missedRefusals(s.record.current, [entry(api(1))])).toEqual([]);
  });

  it('takes the refusals dropped to keep the record bounded as seen', () => {
    const s = started([observe(obs(api(1)))]);
    const page = { ...s.record.current, dropped: 2 };
    expect(missedRefusals(page, [entry(api(1)), entry(api(7)), entry(api(8)), entry(api(9))]).map((m) => m.url)).toEqual([api(9)]);
  });
});

describe('the timeline op', () => {
  it('adds the missed ones once, however often it is folded, and the badge counts them', () => {
    const op: Op = { kind: 'timeline', entries: [entry(api(1)), entry(api(2)), entry(api(3))] };
    const once = started([observe(obs(api(1))), op]);
    expect(once.record.current.missed?.map((m) => m.url)).toEqual([api(2), api(3)]);
    expect(fold([op, op], once).record.current.missed).toHaveLength(2);
    expect(badgeOf(once)).toEqual({ count: 3, kind: 401 });
  });

  it('keeps a page whose refusals were all missed as the previous page', () => {
    const s = fold([{ kind: 'navigate', time: T0 + 1e6, url: 'https://b.example/' }], started([{ kind: 'timeline', entries: [entry(api(1))] }]));
    expect(s.record.previous?.missed).toHaveLength(1);
  });

  it('marks a missed 407 as the proxy on the badge', () => {
    expect(badgeOf(started([{ kind: 'timeline', entries: [entry(api(1), 407)] }])).kind).toBe(407);
  });
});

describe('a new worker reading the pages back', () => {
  /** A clock the sweep's sleeps move, and a store that already holds tab 7's record. */
  async function setup(newestAgeMs: number) {
    let now = T0 + 1e6;
    const area = memorySession();
    const first = new TabStore(area);
    await first.ready;
    first.write(7, { kind: 'navigate', time: now - newestAgeMs - 10, url: 'https://app.example/' });
    first.write(7, observe(obs(api(1), { time: now - newestAgeMs })));
    await first.read(7);
    const store = new TabStore(area);
    const reads: number[] = [];
    const ports = {
      now: () => now,
      sleep: async (ms: number) => void (now += ms),
      readTimeline: async (tabId: number) => (reads.push(tabId), [entry(api(1), 401, now - newestAgeMs), entry(api(2), 401, now - newestAgeMs + 5)]),
    };
    return { store, ports, reads, clock: () => now };
  }

  it('reads a tab back when its newest refusal is younger than an idle stop allows, once the tab is quiet', async () => {
    const { store, ports, reads, clock } = await setup(2_000);
    const before = clock();
    expect(await sweepAfterStart(store, ports)).toEqual([7]);
    expect(reads).toEqual([7]);
    expect(clock() - before).toBeGreaterThanOrEqual(QUIET_MS);
    expect((await store.read(7))!.record.current.missed?.map((m) => m.url)).toEqual([api(2)]);
  });

  it('leaves a tab alone whose last refusal is older than an idle stop: that worker was not stopped mid-burst', async () => {
    const { store, ports, reads } = await setup(RECENT_MS + 1_000);
    expect(await sweepAfterStart(store, ports)).toEqual([]);
    expect(reads).toEqual([]);
  });

  it('reads back a page that started recently even when its record holds no refusal (all of them lost)', async () => {
    let now = T0 + 1e6;
    const area = memorySession();
    const first = new TabStore(area);
    await first.ready;
    first.write(7, observe(obs(api(1), { time: now - 60_000 })));
    first.write(7, { kind: 'navigate', time: now - 3_000, url: 'https://app.example/next' });
    await first.read(7);
    const store = new TabStore(area);
    const ports = { now: () => now, sleep: async (ms: number) => void (now += ms), readTimeline: async () => [entry(api(5), 401, now - 2_000)] };
    expect(await sweepAfterStart(store, ports)).toEqual([7]);
    expect((await store.read(7))!.record.current.missed?.map((m) => m.url)).toEqual([api(5)]);
  });

  it('writes nothing when the page cannot be read', async () => {
    const { store, ports } = await setup(1_000);
    await sweepAfterStart(store, { ...ports, readTimeline: async () => null });
    expect((await store.read(7))!.record.current.missed).toBeUndefined();
  });
});
