// A new worker's look back at what its predecessor may have lost (core/capture/timeline.ts). It
// runs once per worker start, only for tabs whose newest refusal (or page start) is younger than
// RECENT_MS: a worker Chromium stops for being idle had no event for 30 s, so activity that recent
// means the last worker was stopped while events were arriving (a forced stop, a crash). It waits until
// the tab has been quiet for QUIET_MS, so the events still on their way to this worker land first,
// then reads the top document's timeline once and writes what it found; the fold adds only what
// the record lacks. One executeScript per such tab, never on an ordinary start.
import type { Missed } from '../../core/observation.ts';
import type { TabState } from '../../core/capture/ops.ts';
import { refusalsOn } from '../../core/capture/tab-state.ts';
import type { TabStore } from '../store/tab-store.ts';

/** Chromium stops an idle extension worker after 30 s without events. */
export const RECENT_MS = 30_000;
export const QUIET_MS = 1_500;
export const GIVE_UP_MS = 15_000;

export interface SweepPorts {
  readTimeline(tabId: number): Promise<Missed[] | null>;
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The tab's last known activity: its newest refusal, or the start of its page (its refusals may all be lost). */
const newest = (s: TabState | null): number => {
  const cur = s?.record.current;
  if (!cur) return 0;
  return Math.max(cur.startedAt, ...cur.observations.map((o) => o.time), ...(cur.missed ?? []).map((m) => m.time));
};

const size = (s: TabState | null): number => (s ? refusalsOn(s.record.current) : 0);

export async function sweepAfterStart(store: TabStore, ports: SweepPorts): Promise<number[]> {
  await store.ready;
  const started = ports.now();
  const recent: number[] = [];
  for (const tabId of store.tabIds()) {
    if (started - newest(await store.read(tabId)) < RECENT_MS) recent.push(tabId);
  }
  await Promise.all(recent.map((tabId) => sweepTab(store, ports, tabId, started)));
  return recent;
}

async function sweepTab(store: TabStore, ports: SweepPorts, tabId: number, started: number): Promise<void> {
  let last = size(await store.read(tabId));
  let stillSince = ports.now();
  while (ports.now() - stillSince < QUIET_MS && ports.now() - started < GIVE_UP_MS) {
    await ports.sleep(250);
    const now = size(await store.read(tabId));
    if (now !== last) {
      last = now;
      stillSince = ports.now();
    }
  }
  const entries = await ports.readTimeline(tabId);
  if (entries && entries.length) store.write(tabId, { kind: 'timeline', entries });
}
