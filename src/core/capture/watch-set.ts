// Which origins capture watches closely on which tab (details on demand, issue 12): the origins
// that refused there (and the origins their redirects passed through), with the top document's
// origin at the time, so the watch ends when the tab goes to another site. Pure and bounded; the
// background persists it in storage.session and registers the narrowed listeners from it.
import { z } from 'zod/mini';

export const MAX_WATCHED_ORIGINS = 16;
export const MAX_WATCHED_TABS = 64;

export const WatchedTab = z.object({
  tabId: z.number(),
  /** The top document's origin when the watch began; null when the browser did not say. */
  page: z.nullable(z.string()),
  origins: z.array(z.string()),
});
export type WatchedTab = z.infer<typeof WatchedTab>;

export const StoredWatch = z.object({ v: z.literal(1), tabs: z.array(WatchedTab) });
export type StoredWatch = z.infer<typeof StoredWatch>;

/** The match pattern of an origin, any port (Firefox's match patterns take no port; the origin is checked again). */
export function patternOf(origin: string): string | null {
  const m = /^(https?|wss?):\/\/(\[[0-9a-f:.]+\]|[^/:?#[\]@]+)(?::\d+)?$/i.exec(origin);
  return m ? `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}/*` : null;
}

/** The watched tab with `origins` added (null when nothing changed); the oldest origin goes past the bound. */
export function withOrigins(tab: WatchedTab | undefined, tabId: number, origins: readonly string[], page: string | null): WatchedTab | null {
  const fresh = origins.filter((o, i) => patternOf(o) !== null && origins.indexOf(o) === i && !tab?.origins.includes(o));
  const pageChanged = tab !== undefined && tab.page === null && page !== null;
  if (!fresh.length && !pageChanged && tab) return null;
  if (!fresh.length && !tab) return null;
  const all = [...(tab?.origins ?? []), ...fresh];
  return { tabId, page: tab?.page ?? page, origins: all.slice(Math.max(0, all.length - MAX_WATCHED_ORIGINS)) };
}

/** Whether a top-level navigation to `origin` leaves what the tab was watched for. */
export function leavesWatch(tab: WatchedTab, origin: string): boolean {
  return origin !== tab.page && !tab.origins.includes(origin);
}
