// A service worker's own requests carry tabId -1 in both engines (Chromium: frameId -1 and the
// worker's origin as initiator; Firefox: the worker's script URL as originUrl and documentUrl),
// so no tab owns them. The page that met the refusal is one of the worker's clients: a tab whose
// document is of the worker's origin (a worker only controls pages of its own origin, Service
// Workers §3.1 "scope URL"). Measured on this machine (Chromium 156, Firefox ESR 153) by the lab's
// service-worker scenario; tests/e2e and tests/firefox catch it end to end.
import type { RequestDetails } from './details.ts';
import { parseUrl } from '../diagnosis/context.ts';
import { originOf } from './origin.ts';

export interface ClientTab {
  id?: number;
  url?: string;
  active?: boolean;
  /** Chromium 121+, Firefox 50+: milliseconds since the epoch. */
  lastAccessed?: number;
  /** Firefox: the cookie jar (container) the tab lives in; a worker belongs to one jar. */
  cookieStoreId?: string;
}

/** The origin of the worker that made a tab-less request, or null when the details do not say. */
export function workerOrigin(d: RequestDetails): string | null {
  const from = d.initiator ?? d.originUrl;
  if (!from || from === 'null') return null;
  const origin = originOf(from);
  return origin === 'null' || !/^https?:/.test(origin) ? null : origin;
}

/**
 * The worker's client the refusal belongs to: among the tabs of its origin (and its cookie jar,
 * where the engine names one), the one in front, else the one used last. A worker serves every
 * tab of its origin; the one the person is looking at is the one a refusal was met in.
 */
export function clientTabOf(tabs: readonly ClientTab[], origin: string, cookieStoreId?: string): number | null {
  const clients = tabs.filter(
    (t) => t.id !== undefined && t.id >= 0 && t.url !== undefined && parseUrl(t.url)?.origin === origin && (cookieStoreId === undefined || t.cookieStoreId === undefined || t.cookieStoreId === cookieStoreId),
  );
  if (!clients.length) return null;
  const best = [...clients].sort((a, b) => Number(b.active === true) - Number(a.active === true) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]!;
  return best.id!;
}
