// What both browser suites' refuse() helpers read from the background while they make a scenario
// refuse: the latest matching observation of the tab (either page), and whether the refused step
// must run once more, as the popup's "Reload and watch" makes a person do. Driver-free: each suite
// passes its own way of asking the background (Playwright in Chromium, puppeteer in Firefox).
import type { TabReply } from '../../src/core/messages.ts';
import type { Observation } from '../../src/core/observation.ts';

/** Asks the background for the tab's record until an observation matches; the latest one, or null after `tries`. */
export async function waitForObservation(read: () => Promise<TabReply>, match: (o: Observation) => boolean, tries: number): Promise<Observation | null> {
  for (let i = 0; i < tries; i++) {
    const reply = await read();
    const found = [reply.record?.current, reply.record?.previous].flatMap((p) => p?.observations ?? []).filter(match).at(-1);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/**
 * Capture watches an origin's requests only once it has refused on the tab (docs/architecture.md,
 * "Details on demand"), so a first refusal is "not seen", and a preflight refused with 401 leaves
 * no record at all in Chromium until watched: try again. A service worker's request is never
 * watched (it has no tab), so trying again would show no more.
 */
export function wantsWatchedTry(first: Observation | null): boolean {
  return first === null || (first.credentials.requestSeen === false && first.viaServiceWorker !== true);
}
