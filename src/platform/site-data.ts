// Clears one site's data, and only that site's. Chromium scopes browsingData by origin (cookies
// then cover the whole registrable domain and, as a side effect, the Basic/Digest password it
// cached for it: platform-notes.md "Clearing a site's data"); Firefox scopes by exact host name
// and cannot scope its cache at all, so there cookies of the registrable domain are removed one by
// one and the cache is left alone rather than wiping every site's. The API is feature-detected:
// Firefox rejects the `origins` property, which is how we learn we are there.
import type { Cookies } from 'webextension-polyfill';
import { browser } from './browser.ts';
import { browserFamily } from './platform-info.ts';

export interface SiteScope {
  /** Exact origins whose storage and cache are cleared, e.g. https://a.example.com. */
  origins: string[];
  /** The registrable domain whose cookies are cleared, e.g. example.com (the host for IPs). */
  domain: string;
}

export interface CookieCount {
  total: number;
  /** CHIPS cookies (RFC 6265bis Partitioned), kept per top-level site and easy to miss. */
  partitioned: number;
}

export type DataKind = 'cookies' | 'cache' | 'cacheStorage' | 'localStorage' | 'indexedDB' | 'serviceWorkers' | 'fileSystems';

export interface ClearOutcome {
  cookiesRemoved: number;
  partitionedRemoved: number;
  /** What was cleared for the scope. */
  cleared: DataKind[];
  /** What the browser could not clear for one site only, and was therefore left alone. */
  notScoped: DataKind[];
  /** True where clearing cookies also forgets the browser's cached Basic/Digest password (Chromium). */
  passwordForgotten: boolean;
}

const ALL_KINDS: readonly DataKind[] = ['cookies', 'cache', 'cacheStorage', 'localStorage', 'indexedDB', 'serviceWorkers', 'fileSystems'];
/** Firefox 153 honours `hostnames` for these only (platform-notes.md). */
const FIREFOX_SCOPED: readonly DataKind[] = ['cookies', 'localStorage', 'indexedDB', 'serviceWorkers'];

type RemoveFn = (options: Record<string, unknown>, dataToRemove: Partial<Record<DataKind, boolean>>) => Promise<void>;

function removeData(options: Record<string, unknown>, kinds: readonly DataKind[]): Promise<void> {
  // The polyfill's types predate Chromium's `origins` filter; the call passes through unchanged.
  const remove = browser.browsingData.remove as unknown as RemoveFn;
  return remove(options, Object.fromEntries(kinds.map((k) => [k, true])));
}

const cookieKey = (c: Cookies.Cookie) =>
  `${c.storeId}|${c.firstPartyDomain ?? ''}|${c.domain}|${c.path}|${c.name}|${c.partitionKey?.topLevelSite ?? ''}`;

/**
 * Firefox keeps a cookie jar per container (and per first party when first-party isolation is
 * on); `cookies.getAll` looks in the default jar only unless given a storeId, and throws under
 * first-party isolation unless `firstPartyDomain` is given (null: every first party).
 */
async function cookieQueries(domain: string): Promise<Record<string, unknown>[]> {
  if (browserFamily() !== 'firefox') return [{ domain }];
  const stores = await browser.cookies.getAllCookieStores().then(
    (list) => list.map((st) => st.id),
    () => [] as string[],
  );
  const ids = [...new Set(['firefox-default', ...stores, ...FIREFOX_CONTAINER_STORES])];
  return ids.map((storeId) => ({ domain, storeId, firstPartyDomain: null }));
}

/**
 * getAllCookieStores lists only the containers that have a tab open; a container's jar keeps its
 * cookies after its tabs close, so the default containers Firefox ships are asked as well.
 */
const FIREFOX_CONTAINER_STORES = ['firefox-container-1', 'firefox-container-2', 'firefox-container-3', 'firefox-container-4'];

type GetAll = (details: Record<string, unknown>) => Promise<Cookies.Cookie[]>;

/** Every cookie of the domain and its subdomains, partitioned ones and every jar included, each once. */
export async function siteCookies(domain: string): Promise<Cookies.Cookie[]> {
  const getAll = browser.cookies.getAll as unknown as GetAll;
  const seen = new Map<string, Cookies.Cookie>();
  const add = (list: Cookies.Cookie[]) => list.forEach((c) => seen.set(cookieKey(c), c));
  for (const query of await cookieQueries(domain)) {
    // A container that does not exist (containers turned off) rejects its storeId: nothing to find there.
    const plain = await getAll(query).catch((e: unknown) => {
      if (!('storeId' in query) || query.storeId === 'firefox-default') throw e;
      return [];
    });
    add(plain);
    try {
      // An empty partitionKey asks for every partition (Chromium 119+, Firefox 94+).
      add(await getAll({ ...query, partitionKey: {} }));
    } catch {
      // Older browsers without CHIPS support have no partitioned cookies to find.
    }
  }
  return [...seen.values()];
}

export async function countSiteCookies(domain: string): Promise<CookieCount> {
  try {
    const all = await siteCookies(domain);
    return { total: all.length, partitioned: all.filter((c) => c.partitionKey?.topLevelSite).length };
  } catch {
    return { total: 0, partitioned: 0 };
  }
}

async function removeCookies(list: readonly Cookies.Cookie[]): Promise<void> {
  await Promise.all(
    list.map((c) =>
      browser.cookies
        .remove({
          url: `${c.secure ? 'https' : 'http'}://${c.domain.replace(/^\./, '')}${c.path}`,
          name: c.name,
          storeId: c.storeId,
          ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}),
          // Under first-party isolation a cookie is removed only with its own first party.
          ...(c.firstPartyDomain ? { firstPartyDomain: c.firstPartyDomain } : {}),
        })
        .catch(() => null),
    ),
  );
}

/**
 * Clears the scope's cookies (the whole registrable domain, every partition) and, unless
 * `cookiesOnly`, its cache and storage. Resolves with what was done; never touches another site.
 */
export async function clearSiteData(scope: SiteScope, cookiesOnly = false): Promise<ClearOutcome> {
  const before = await siteCookies(scope.domain).catch(() => []);
  const wanted = cookiesOnly ? (['cookies'] as DataKind[]) : [...ALL_KINDS];
  let cleared: DataKind[];
  let notScoped: DataKind[] = [];
  let passwordForgotten = false;
  try {
    await removeData({ origins: scope.origins }, wanted);
    cleared = wanted;
    passwordForgotten = true;
  } catch {
    // Firefox: exact host names only, and no scoped cache. Its localStorage and IndexedDB are
    // matched by host:port (the principal's hostPort), cookies by host name, so both are given.
    const hostnames = [...new Set(scope.origins.flatMap((o) => [new URL(o).hostname, new URL(o).host]))];
    const scoped = wanted.filter((k) => FIREFOX_SCOPED.includes(k));
    notScoped = wanted.filter((k) => !FIREFOX_SCOPED.includes(k));
    cleared = await removeData({ hostnames }, scoped).then(
      () => scoped,
      // Cookies are still swept one by one below; the storage kinds were not cleared.
      () => scoped.filter((k) => k === 'cookies'),
    );
  }
  // browsingData may leave partitioned cookies (and Firefox leaves the subdomains'): sweep what is left.
  const left = await siteCookies(scope.domain).catch(() => []);
  await removeCookies(left);
  const after = await siteCookies(scope.domain).catch(() => []);
  const partitionedBefore = before.filter((c) => c.partitionKey?.topLevelSite).length;
  const partitionedAfter = after.filter((c) => c.partitionKey?.topLevelSite).length;
  return {
    cookiesRemoved: Math.max(0, before.length - after.length),
    partitionedRemoved: Math.max(0, partitionedBefore - partitionedAfter),
    cleared,
    notScoped,
    passwordForgotten,
  };
}
