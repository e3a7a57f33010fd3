// Capture in real Chromium against the 401 lab: what the background records for each kind of
// refusal, the badge per tab, a worker stopped mid-burst, and secrets that must not be stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { launchExtension, type ExtensionSession } from './harness/extension.ts';
import { badgeOf, extensionPage, getTab, tabAt } from './capture-helpers.ts';

let lab: Lab;
let s: ExtensionSession;
const site = (host: string, path: string) => `http://${host}:${lab.port}${path}`;

beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
  s = await launchExtension({ mapHosts: ['*.test'] });
});
afterAll(async () => {
  await s?.close();
  await lab?.close();
});

describe('capture in Chromium', () => {
  it('records a main-frame 401 with its challenge, onAuthRequired and badge', async () => {
    const ext = await extensionPage(s);
    const { page, tabId } = await tabAt(s, site('site-one.test', '/'));
    await page.goto(site('site-one.test', '/basic/')).catch(() => undefined);
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBeGreaterThan(0);
    const reply = await getTab(ext, tabId);
    const o = reply.record!.current.observations[0]!;
    expect(o).toMatchObject({ status: 401, type: 'main_frame', frameId: 0, method: 'GET', url: site('site-one.test', '/basic/') });
    expect(o.wwwAuthenticate.join()).toMatch(/^Basic /);
    expect(o.statusLine).toMatch(/401/);
    await expect.poll(async () => (await getTab(ext, tabId)).record!.current.observations[0]!.authRequired).toEqual([
      expect.objectContaining({ scheme: 'basic', isProxy: false }),
    ]);
    expect(reply.hostPermission).toBe(true);
    await expect.poll(async () => (await badgeOf(ext, tabId)).text).toBe(String(reply.record!.current.observations.length));
    const badge = await badgeOf(ext, tabId);
    expect(badge.color.slice(0, 3)).toEqual([0xc6, 0x28, 0x28]);
    expect(badge.title).toMatch(/refused/);
    await page.close();
  });

  it('records a fetch 401 from a 200 page, with the page as a recent success', async () => {
    const ext = await extensionPage(s);
    const { page, tabId } = await tabAt(s, site('site-two.test', '/'));
    await page.goto(site('site-two.test', '/bearer/no-token/'));
    await page.waitForSelector('body[data-api-status="401"]');
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(1);
    const rec = (await getTab(ext, tabId)).record!;
    const o = rec.current.observations[0]!;
    expect(o).toMatchObject({ status: 401, type: 'xmlhttprequest', url: site('site-two.test', '/bearer/no-token/api') });
    expect(o.wwwAuthenticate[0]).toMatch(/^Bearer /);
    expect(o.credentials).toEqual({ authorizationScheme: null, cookieNames: [], browserRetried: 'no' });
    await expect.poll(async () => (await getTab(ext, tabId)).record!.current.observations[0]!.ip).toBe('127.0.0.1');
    expect(rec.current.successes.map((x) => x.url)).toContain(site('site-two.test', '/bearer/no-token/'));
    await page.close();
  });

  it('records the redirect chain that led into a 401', async () => {
    const ext = await extensionPage(s);
    const { page, tabId } = await tabAt(s, site('site-three.test', '/'));
    await page.goto(site('site-three.test', '/moved/members')).catch(() => undefined);
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(1);
    const o = (await getTab(ext, tabId)).record!.current.observations[0]!;
    expect(o.url).toBe(site('site-three.test', '/members/'));
    expect(o.redirectChain).toEqual([site('site-three.test', '/moved/members')]);
    await page.close();
  });

  it('keeps the badge per tab and starts a new page record on navigation', async () => {
    const ext = await extensionPage(s);
    const a = await tabAt(s, site('site-four.test', '/'));
    const b = await tabAt(s, site('site-five.test', '/'));
    await a.page.goto(site('site-four.test', '/burst/'));
    await a.page.waitForSelector('body[data-done="1"]');
    await expect.poll(async () => (await badgeOf(ext, a.tabId)).text).toBe('20');
    expect((await badgeOf(ext, b.tabId)).text).toBe('');
    // A clean navigation: the badge clears and the burst becomes "the previous page".
    await a.page.goto(site('site-four.test', '/'));
    await expect.poll(async () => (await getTab(ext, a.tabId)).record?.previous?.observations.length).toBe(20);
    expect((await getTab(ext, a.tabId)).record!.current.observations).toEqual([]);
    await expect.poll(async () => (await badgeOf(ext, a.tabId)).text).toBe('');
    // Closing the tab drops its record.
    await a.page.close();
    await expect.poll(async () => (await getTab(ext, a.tabId)).record).toBeNull();
    await b.page.close();
  });

  it('stores no secret sent in Authorization, cookies or the query string', async () => {
    const ext = await extensionPage(s);
    const { page, tabId } = await tabAt(s, site('site-six.test', '/'));
    await page.evaluate(() => {
      document.cookie = 'sid=COOKIEVALUE-7f3a9; path=/';
      document.cookie = 'theme=dark; path=/';
    });
    const status = await page.evaluate(() =>
      fetch('/bearer/no-token/api?token=QUERYVALUE-51c2&page=2', { headers: { Authorization: 'Bearer AUTHVALUE-e84d' } }).then((r) => r.status),
    );
    expect(status).toBe(401);
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(1);
    const o = (await getTab(ext, tabId)).record!.current.observations[0]!;
    expect(o.credentials.authorizationScheme).toBe('Bearer');
    expect(o.credentials.cookieNames.sort()).toEqual(['sid', 'theme']);
    expect(o.url).toBe(site('site-six.test', '/bearer/no-token/api?token=•••&page=2'));
    const everything = JSON.stringify(await ext.evaluate(() => chrome.storage.session.get(null)));
    for (const secret of ['COOKIEVALUE-7f3a9', 'QUERYVALUE-51c2', 'AUTHVALUE-e84d']) expect(everything).not.toContain(secret);
    expect(everything).toContain('theme');
    await page.close();
  });
});

describe('a 407 through the lab proxy', () => {
  let p: ExtensionSession;
  beforeAll(async () => {
    p = await launchExtension({ mapHosts: ['*.test'], args: [`--proxy-server=${lab.proxyUrl}`, '--proxy-bypass-list=<-loopback>'] });
  });
  afterAll(async () => {
    await p?.close();
  });

  it('records the 407 with its Proxy-Authenticate and an amber badge', async () => {
    const ext = await extensionPage(p);
    // The proxy refuses every page, so the tab is opened by the extension, which learns its id.
    const tabId = await ext.evaluate((url) => chrome.tabs.create({ url }).then((t) => t.id ?? -1), site('site-one.test', '/proxy/'));
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    const o = (await getTab(ext, tabId)).record!.current.observations[0]!;
    expect(o.status).toBe(407);
    expect(o.proxyAuthenticate.join()).toMatch(/^Basic /);
    await expect.poll(async () => (await getTab(ext, tabId)).record!.current.observations[0]!.authRequired[0]?.isProxy).toBe(true);
    await expect.poll(async () => (await badgeOf(ext, tabId)).color.slice(0, 3)).toEqual([0xf9, 0xa8, 0x25]);
    expect((await badgeOf(ext, tabId)).title).toMatch(/407/);
  });
});
