// The service worker stopped (CDP ServiceWorker.stopAllWorkers) in the middle of a burst of 200
// refusals across three tabs, once with 50 requests in flight across the stop and once three times
// with 30 in flight across each: every refusal is recorded, each exactly once, and each tab's badge
// shows its stored count once the counts settle.
//
// The stop is placed where no event is in the dying worker's hands: Chromium drops the webRequest
// events it had already dispatched to a force-stopped worker and never sends them again (EventAckData
// only keeps a worker alive for them, service_worker_task_queue.cc), which no extension can answer
// and a natural idle stop never meets. That random-moment loss is measured, not gated, by
// `bench/capture-restart-loss.ts` (docs/benchmarks.md "Capture: forced worker stop").
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requestIdOf } from '../../src/core/capture/build-observation.ts';
import { launchExtension, type ExtensionSession } from './harness/extension.ts';
import { badgeOf, extensionPage, getTab, tabAt, workerControl } from './capture-helpers.ts';
import { startHoldServer, type HoldServer } from './hold-server.ts';

let server: HoldServer;
let s: ExtensionSession;

beforeEach(async () => {
  server = await startHoldServer();
  s = await launchExtension({ mapHosts: ['*.test'] });
});
afterEach(async () => {
  await s?.close();
  await server?.close();
});

const PHASE_A = [34, 33, 33];
const PHASE_B = [17, 17, 16];
const PHASE_C = [17, 16, 17];

/** Fires `paths` from the page all at once and returns the statuses. */
function fire(page: Page, urls: string[]): Promise<number[]> {
  return page.evaluate((us) => Promise.all(us.map((u) => fetch(u).then((r) => r.status, () => 0))), urls);
}

async function stored(ext: Page, tabId: number): Promise<number> {
  return (await getTab(ext, tabId)).record?.current.observations.length ?? 0;
}

it('records all 200 refusals across 3 tabs, 50 of them in flight while the worker is stopped', async () => {
  const ext = await extensionPage(s);
  const worker = await workerControl(s, ext);
  const tabs = await Promise.all(PHASE_A.map((_, i) => tabAt(s, `http://hold${i}.test:${server.port}/`)));
  const expected = tabs.map(() => [] as string[]);
  const codes: Promise<number[]>[] = [];

  // Phase A: 100 refusals, all stored before anything else happens.
  const a = tabs.map(({ page }, i) => {
    const urls = Array.from({ length: PHASE_A[i]! }, (_, k) => `/api/a-t${i}-${k}`);
    expected[i]!.push(...urls);
    return fire(page, urls);
  });
  codes.push(...a);
  await Promise.all(a);
  for (const [i, { tabId }] of tabs.entries()) {
    await expect.poll(() => stored(ext, tabId), { timeout: 15_000 }).toBe(PHASE_A[i]);
  }

  // Phase B: 50 requests sent, their answers held by the server. One host name per request, since
  // Chromium opens at most 6 connections per host and all 50 must be on the wire before the stop.
  const b = tabs.map(({ page }, i) => {
    const urls = Array.from({ length: PHASE_B[i]! }, (_, k) => `http://r${k}.hold${i}.test:${server.port}/held/b-t${i}-${k}`);
    expected[i]!.push(...urls.map((u) => new URL(u).pathname));
    return fire(page, urls);
  });
  codes.push(...b);
  await server.waitArrived(50);
  // onSendHeaders is dispatched before a request goes out; a quiet moment lets the old worker run
  // them all, so the stop takes nothing from its hands (a get-tab round trip proves it is idle).
  await new Promise((r) => setTimeout(r, 300));
  await expect.poll(() => stored(ext, tabs[0]!.tabId)).toBe(PHASE_A[0]);
  await worker.stop();
  expect(server.arrived()).toBe(50);
  server.release();
  await Promise.all(b);
  // The held answers' events started a new worker.
  await expect.poll(() => worker.statuses.includes('running'), { timeout: 5_000 }).toBe(true);

  // Phase C: 50 more refusals after the restart.
  const c = tabs.map(({ page }, i) => {
    const urls = Array.from({ length: PHASE_C[i]! }, (_, k) => `/api/c-t${i}-${k}`);
    expected[i]!.push(...urls);
    return fire(page, urls);
  });
  codes.push(...c);

  const all = (await Promise.all(codes)).flat();
  expect(all).toHaveLength(200);
  expect(all.every((code) => code === 401)).toBe(true);
  expect(expected.flat()).toHaveLength(200);
  await expectSettled(ext, tabs, expected);
});

/** `n` split over the tabs as evenly as it goes, the first tabs taking the remainder. */
const split = (n: number, tabs: number) => Array.from({ length: tabs }, (_, i) => Math.floor(n / tabs) + (i < n % tabs ? 1 : 0));

/** Every tab's stored count and badge, once the counts have settled, against what was sent. */
async function expectSettled(ext: Page, tabs: Array<{ tabId: number }>, expected: string[][]): Promise<void> {
  let total = 0;
  for (const [i, { tabId }] of tabs.entries()) {
    const want = expected[i]!.length;
    await expect.poll(() => stored(ext, tabId), { timeout: 15_000 }).toBe(want);
    const rec = (await getTab(ext, tabId)).record!;
    expect(rec.current.dropped).toBe(0);
    const observations = rec.current.observations;
    expect(new Set(observations.map((o) => requestIdOf(o.id))).size).toBe(want);
    expect(observations.map((o) => new URL(o.url).pathname).sort()).toEqual([...expected[i]!].sort());
    total += observations.length;
  }
  // The badge is read after every tab settled, with no popup or read in between for that tab.
  for (const [i, { tabId }] of tabs.entries()) {
    await expect.poll(async () => (await badgeOf(ext, tabId)).text, { timeout: 5_000 }).toBe(String(expected[i]!.length));
  }
  expect(total).toBe(expected.flat().length);
}

it('records all 200 refusals over 3 tabs with the worker stopped three times, and every badge equals its stored count', async () => {
  const ext = await extensionPage(s);
  const worker = await workerControl(s, ext);
  const tabs = await Promise.all([0, 1, 2].map((i) => tabAt(s, `http://hold${i}.test:${server.port}/`)));
  const expected = tabs.map(() => [] as string[]);
  const codes: Promise<number[]>[] = [];
  const now = (phase: string, n: number) =>
    split(n, tabs.length).map((count, i) => {
      const urls = Array.from({ length: count }, (_, k) => `/api/${phase}-t${i}-${k}`);
      expected[i]!.push(...urls);
      const p = fire(tabs[i]!.page, urls);
      codes.push(p);
      return p;
    });

  await Promise.all(now('a', 50));
  for (const [i, { tabId }] of tabs.entries()) await expect.poll(() => stored(ext, tabId), { timeout: 15_000 }).toBe(expected[i]!.length);
  for (let stop = 1; stop <= 3; stop++) {
    // 30 requests sent whose answers the server holds, one host name each (6 connections per host).
    server.hold();
    const before = server.arrived();
    const held = split(30, tabs.length).map((count, i) => {
      const urls = Array.from({ length: count }, (_, k) => `http://r${stop}x${k}.hold${i}.test:${server.port}/held/s${stop}-t${i}-${k}`);
      expected[i]!.push(...urls.map((u) => new URL(u).pathname));
      const p = fire(tabs[i]!.page, urls);
      codes.push(p);
      return p;
    });
    await server.waitArrived(before + 30);
    await new Promise((r) => setTimeout(r, 300));
    await expect.poll(() => stored(ext, tabs[0]!.tabId)).toBe(expected[0]!.length - split(30, tabs.length)[0]!);
    await worker.stop();
    server.release();
    await Promise.all(held);
    await expect.poll(() => worker.statuses.includes('running'), { timeout: 5_000 }).toBe(true);
    // Refusals right after the restart, while the new worker loads what the old one left.
    await Promise.all(now(`b${stop}`, 10));
  }
  await Promise.all(now('c', 30));

  const all = (await Promise.all(codes)).flat();
  expect(all).toHaveLength(200);
  expect(all.every((code) => code === 401)).toBe(true);
  await expectSettled(ext, tabs, expected);
});
