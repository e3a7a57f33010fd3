// What a worker that was stopped mid-burst lost, read back from the page. Chromium drops the
// webRequest events it had already dispatched to a worker being stopped (EventAckData only keeps
// the worker alive for them, service_worker_task_queue.cc) and never sends them again, so no
// listener set can get those refusals back. The top document's Resource Timing entries can: each
// fetch, XHR and sub-resource has one, with responseStatus (Resource Timing Level 2; seen here in
// Chromium 156 and Firefox ESR 153; 0 where a cross-origin response failed CORS). A new worker
// compares them with the record and counts what is missing (background/capture/timeline-sweep.ts).
// They are counted and listed, never explained: the timeline has no challenge to diagnose.
import type { Missed, Observation, PageRecord } from '../observation.ts';
import { OBSERVATIONS_PER_PAGE } from '../observation.ts';

/** The page's own fetch/XHR refusals: what platform/page-timeline.ts reads from the timeline. */
function inTimeline(o: Observation): boolean {
  if (o.type !== 'xmlhttprequest') return false;
  // The top document's own requests; a service worker's refusal reaches the page's timeline as the page's fetch.
  return o.frameId === 0 || o.viaServiceWorker === true;
}

const keyOf = (url: string, status: number) => `${status} ${url}`;

/**
 * The timeline's refusals that the page's record has no observation (or earlier missed entry) for,
 * counted per URL and status: two refusals of one URL in the timeline and one observation of it
 * leave one missed. Entries from before the page's record started belong to another page.
 */
export function missedRefusals(page: PageRecord, entries: readonly Missed[]): Missed[] {
  const known = new Map<string, number>();
  const add = (k: string) => known.set(k, (known.get(k) ?? 0) + 1);
  for (const o of page.observations) if (inTimeline(o)) add(keyOf(o.url, o.status));
  for (const m of page.missed ?? []) add(keyOf(m.url, m.status));
  const out: Missed[] = [];
  // The ones dropped to keep the record bounded are not known by URL: that many are taken as seen.
  let unknownSeen = page.dropped;
  for (const e of [...entries].sort((a, b) => a.time - b.time)) {
    if (e.time < page.startedAt - 1000 || (e.status !== 401 && e.status !== 407)) continue;
    const k = keyOf(e.url, e.status);
    const left = known.get(k) ?? 0;
    if (left > 0) known.set(k, left - 1);
    else if (unknownSeen > 0) unknownSeen--;
    else out.push(e);
  }
  return out;
}

/** The page with the timeline's missed refusals added (bounded like its observations). */
export function withMissed(page: PageRecord, entries: readonly Missed[]): PageRecord {
  const more = missedRefusals(page, entries);
  if (!more.length) return page;
  const all = [...(page.missed ?? []), ...more];
  return { ...page, missed: all.slice(Math.max(0, all.length - OBSERVATIONS_PER_PAGE)) };
}
