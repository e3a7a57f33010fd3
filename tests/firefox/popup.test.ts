// The popup in real Firefox against the 401 lab: the expected cause first for every scenario that
// a Firefox tab can meet without a proxy, and clearing that keeps to one site and says what
// Firefox could not scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioById, scenarios } from '../../lab/scenarios/index.ts';
import { peerHost } from '../../lab/real/paths.ts';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { launchFirefox, type FirefoxSession } from './harness/extension.ts';
import { cookieNames, readLocalStorage, refuse, storeData } from './helpers.ts';
import { FirefoxPopup } from './pages/popup-page.ts';

type CookieApi = {
  cookies: {
    set(d: object): Promise<unknown>;
    getAll(d: object): Promise<{ domain: string; name: string; storeId: string; partitionKey?: { topLevelSite?: string } }[]>;
  };
};
declare const browser: CookieApi;

// Every scenario a Firefox tab can meet (Scenario.harness) without a proxy: the proxy one needs the
// whole profile routed through the lab's squid, and has its own browser (proxy.test.ts).
const refusing = scenarios.filter((x) => x.expectedCause !== null && x.harness.firefox && x.kind !== 'proxy');
const CLEAR_HOSTS = ['app.clear.test', 'other.clear.test', 'keep.test'];

let lab: Lab;
let s: FirefoxSession;
const origin = (host: string) => `http://${host}:${lab.port}`;

beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
  s = await launchFirefox({
    // Each scenario's host and its peer (the other site of the cross-site scenarios).
    hosts: [...refusing.flatMap((x) => [`${x.id}.test`, peerHost(`${x.id}.test`)]), ...CLEAR_HOSTS],
    prefs: {
      // Containers on, so a container's cookie jar can be planted and must be cleared too.
      'privacy.userContext.enabled': true,
      // A service worker needs a secure context; the lab is plain http, so its hosts are allowed as one.
      'dom.securecontext.allowlist': refusing.filter((x) => x.secureContext).map((x) => `${x.id}.test`).join(','),
      // Firefox registers service workers on such an origin only in its testing mode.
      'dom.serviceWorkers.testing.enabled': true,
    },
  });
});
afterAll(async () => {
  await s?.close();
  await lab?.close();
});

describe('the popup ranks the expected cause first in Firefox', () => {
  it.each(refusing.map((x) => [x.id, x] as const))('%s', async (id, scenario) => {
    lab.reset();
    const { page, tabId } = await refuse(s, scenario, origin(`${id}.test`));
    const popup = await FirefoxPopup.open(s, tabId);
    expect(await popup.topCause(), await popup.text('main').catch(() => '')).toBe(scenario.expectedCause);
    expect(await popup.has('[data-notice="host-permission"]')).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe('clear-site-data in Firefox', () => {
  it('removes the registrable domain\'s cookies in every jar and partition, the host\'s storage, nothing of another site, and says the cache was not touched', async () => {
    lab.reset();
    const app = origin('app.clear.test');
    await storeData(s, app, 'host_cookie');
    await storeData(s, origin('other.clear.test'), 'domain_cookie', 'clear.test');
    await storeData(s, origin('keep.test'), 'kept_cookie');
    await s.inExtension(async () => {
      await browser.cookies.set({ url: 'https://app.clear.test/', name: 'chips', value: 'x', secure: true, sameSite: 'no_restriction', partitionKey: { topLevelSite: 'https://embedder.test' } });
      await browser.cookies.set({ url: 'http://app.clear.test/', name: 'in_container', value: 'x', storeId: 'firefox-container-1' });
      // A subdomain's Domain cookie in a container: browsingData's exact host names miss it.
      await browser.cookies.set({ url: 'http://other.clear.test/', domain: 'clear.test', name: 'wide_in_container', value: 'x', storeId: 'firefox-container-2' });
      await browser.cookies.set({ url: 'http://keep.test/', name: 'kept_in_container', value: 'x', storeId: 'firefox-container-1' });
    }, null);
    const { page, tabId } = await refuse(s, scenarioById('session-forgotten'), app);
    const popup = await FirefoxPopup.open(s, tabId);
    const card = '[data-step="clear-site-data"]';
    await popup.page.waitForFunction((sel: string) => document.querySelector(`${sel} [data-cookie-count]`)?.getAttribute('data-cookie-count') !== '', {}, card);
    const scope = await popup.text(card);
    // Five planted (host, Domain, partitioned, two in containers) and the scenario's own session cookie.
    const counted = Number(await popup.page.$eval(`${card} [data-cookie-count]`, (e) => e.getAttribute('data-cookie-count')));
    expect(counted).toBeGreaterThanOrEqual(6);
    expect(scope).toContain('clear.test');
    // Honest about the cache: Firefox cannot empty one site's, so it is left alone and a reload
    // without the cached copy is offered instead; the button does not promise the cache.
    expect(scope).toMatch(/cannot empty the cache of a single site/);
    expect(scope).toMatch(/without its cached copy/);
    expect(await popup.text('[data-action="clear-site-data"]')).toBe("Clear this site's cookies and storage");
    await popup.click('[data-action="clear-site-data"]');
    const result = await popup.waitFor('[data-result="clear-site-data"]');
    expect(result).toContain(`Done: ${counted} cookies removed`);
    expect(result).toMatch(/cookies removed \(1 of them partitioned\), storage of http:\/\/app\.clear\.test:\d+ cleared\. The cache was not touched\./);
    expect(await popup.text('[data-control="reload-after-clear"]')).toBe('Reload without the cached copy');
    // The card counts again after clearing: "0 now", never the count from before.
    await popup.page.waitForFunction((sel: string) => document.querySelector(`${sel} [data-cookie-count]`)?.getAttribute('data-cookie-count') === '0', {}, card);

    const left = await s.inExtension(async () => {
      const stores = ['firefox-default', 'firefox-container-1', 'firefox-container-2'];
      const all = await Promise.all(stores.map((storeId) => browser.cookies.getAll({ storeId, partitionKey: {} })));
      return all.flat().map((c) => `${c.storeId}:${c.domain}:${c.name}`);
    }, null);
    expect(left.filter((c) => c.includes('clear.test'))).toEqual([]);
    expect(left).toContain('firefox-default:keep.test:kept_cookie');
    expect(left).toContain('firefox-container-1:keep.test:kept_in_container');
    expect(await readLocalStorage(s, app, 'host_cookie')).toBeNull();
    expect(await readLocalStorage(s, origin('keep.test'), 'kept_cookie')).toBe('lab-stored');
    expect(await cookieNames(s, origin('keep.test'))).toEqual(['kept_cookie']);
    await popup.close();
    await page.close();
  });
});
