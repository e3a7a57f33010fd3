// Clearing one site's data with hand-written fakes of cookies and browsingData (fake-browser has
// neither): Chromium's origin-scoped call, a sweep of the partitioned cookies it leaves, and
// Firefox's host-name fallback that leaves the cache alone rather than clearing every site's.
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeCookie {
  name: string;
  domain: string;
  path: string;
  secure: boolean;
  storeId: string;
  partitionKey?: { topLevelSite?: string };
}

const jar: FakeCookie[] = [];
const removeCalls: Array<{ options: Record<string, unknown>; types: Record<string, boolean> }> = [];
let firefox = false;
let browsingDataKeepsPartitioned = true;

const domainMatch = (cookieDomain: string, domain: string) => {
  const d = cookieDomain.replace(/^\./, '');
  return d === domain || d.endsWith(`.${domain}`);
};

const cookies = {
  async getAll(q: { domain?: string; url?: string; partitionKey?: object }) {
    return jar.filter((c) => (q.partitionKey ? true : !c.partitionKey) && (!q.domain || domainMatch(c.domain, q.domain)));
  },
  async remove(d: { url: string; name: string; partitionKey?: { topLevelSite?: string } }) {
    const host = new URL(d.url).hostname;
    const i = jar.findIndex((c) => c.name === d.name && c.domain.replace(/^\./, '') === host && c.partitionKey?.topLevelSite === d.partitionKey?.topLevelSite);
    if (i >= 0) jar.splice(i, 1);
    return null;
  },
};

const browsingData = {
  async remove(options: Record<string, unknown>, types: Record<string, boolean>) {
    // Firefox 153: "Unexpected property origins" (platform-notes.md).
    if (firefox && 'origins' in options) throw new Error('Unexpected property "origins"');
    removeCalls.push({ options, types });
    if (!types.cookies) return;
    const hosts = firefox ? (options.hostnames as string[]) : (options.origins as string[]).map((o) => new URL(o).hostname);
    for (let i = jar.length - 1; i >= 0; i--) {
      const c = jar[i]!;
      if (c.partitionKey && browsingDataKeepsPartitioned) continue;
      // Chromium clears the registrable domain of the origins (example.com here); Firefox the exact host.
      const hit = firefox ? hosts.includes(c.domain.replace(/^\./, '')) : domainMatch(c.domain, 'example.com');
      if (hit) jar.splice(i, 1);
    }
  },
};

vi.mock('webextension-polyfill', () => ({ default: { cookies, browsingData } }));
const { clearSiteData, countSiteCookies } = await import('../../../src/platform/site-data.ts');

const cookie = (name: string, domain: string, partitioned = false): FakeCookie => ({
  name,
  domain,
  path: '/',
  secure: partitioned,
  storeId: '0',
  ...(partitioned ? { partitionKey: { topLevelSite: 'https://embedder.test' } } : {}),
});

const scope = { origins: ['https://app.example.com', 'http://app.example.com'], domain: 'example.com' };

beforeEach(() => {
  jar.splice(0, jar.length, cookie('sid', 'app.example.com'), cookie('wide', '.example.com'), cookie('sub', 'cdn.example.com'), cookie('chips', 'app.example.com', true), cookie('other', 'other.test'));
  removeCalls.length = 0;
  firefox = false;
  browsingDataKeepsPartitioned = true;
});

describe('countSiteCookies', () => {
  it('counts the registrable domain, partitioned cookies included, and no other site', async () => {
    expect(await countSiteCookies('example.com')).toEqual({ total: 4, partitioned: 1 });
  });
});

describe('clearSiteData on Chromium', () => {
  it('clears by origin with every storage type, then sweeps the partitioned cookies browsingData left', async () => {
    const out = await clearSiteData(scope);
    expect(removeCalls).toHaveLength(1);
    expect(removeCalls[0]!.options).toEqual({ origins: scope.origins });
    expect(Object.keys(removeCalls[0]!.types).sort()).toEqual(['cache', 'cacheStorage', 'cookies', 'fileSystems', 'indexedDB', 'localStorage', 'serviceWorkers']);
    expect(jar.map((c) => c.name)).toEqual(['other']);
    expect(out).toMatchObject({ cookiesRemoved: 4, partitionedRemoved: 1, notScoped: [], passwordForgotten: true });
  });

  it('counts partitioned cookies as removed when browsingData already took them', async () => {
    browsingDataKeepsPartitioned = false;
    const out = await clearSiteData(scope);
    expect(jar.map((c) => c.name)).toEqual(['other']);
    expect(out).toMatchObject({ cookiesRemoved: 4, partitionedRemoved: 1 });
  });

  it('clears cookies only for "log in again"', async () => {
    await clearSiteData(scope, true);
    expect(removeCalls[0]!.types).toEqual({ cookies: true });
    expect(jar.map((c) => c.name)).toEqual(['other']);
  });
});

describe('clearSiteData on Firefox', () => {
  it('falls back to host names, removes the domain\'s cookies one by one, and leaves the cache alone', async () => {
    firefox = true;
    const out = await clearSiteData(scope);
    expect(removeCalls).toHaveLength(1);
    expect(removeCalls[0]!.options).toEqual({ hostnames: ['app.example.com'] });
    expect(removeCalls[0]!.types.cache).toBeUndefined();
    expect(jar.map((c) => c.name)).toEqual(['other']);
    expect(out.notScoped).toEqual(['cache', 'cacheStorage', 'fileSystems']);
    expect(out.passwordForgotten).toBe(false);
    expect(out.cookiesRemoved).toBe(4);
  });
});
