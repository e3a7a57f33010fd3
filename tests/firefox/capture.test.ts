// Capture in real Firefox ESR against the 401 lab: a main-frame 401 behind a Basic prompt, a fetch
// 401 from a 200 page, and the badge per tab, which Firefox wipes when a page commits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAB_USER } from '../../lab/auth/accounts.ts';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { launchFirefox, type FirefoxSession } from './harness/extension.ts';
import { badgeOf, getTab, observationsOf } from './helpers.ts';

let lab: Lab;
let s: FirefoxSession;
const site = (host: string, path: string) => `http://${host}:${lab.port}${path}`;
const RED = [0xc6, 0x28, 0x28];

beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
  s = await launchFirefox({ hosts: ['site-one.test', 'site-two.test', 'site-three.test'] });
});
afterAll(async () => {
  await s?.close();
  await lab?.close();
});

describe('capture in Firefox', () => {
  it('records a main-frame 401 with its challenge and onAuthRequired, and shows the refused URL', async () => {
    const { page, tabId } = await s.newTab();
    await s.cancelAuthPrompts(page);
    await s.navigate(page, site('site-one.test', '/'));
    await s.navigate(page, site('site-one.test', '/basic/'));
    // Unlike Chromium, Firefox shows the 401 page once the prompt is cancelled.
    expect(page.url()).toBe(site('site-one.test', '/basic/'));
    await expect.poll(async () => (await observationsOf(s, tabId)).length).toBe(1);
    const reply = await getTab(s, tabId);
    const o = reply.record!.current.observations[0]!;
    // A first refusal is recorded from its response alone: the request and its completion (the
    // server's address) went to listeners Firefox had bound when the request started.
    expect(o).toMatchObject({ status: 401, type: 'main_frame', frameId: 0, method: 'GET', url: site('site-one.test', '/basic/'), credentials: { requestSeen: false } });
    expect(o.wwwAuthenticate.join()).toMatch(/^Basic realm="401 Lab"/);
    expect(o.authRequired).toEqual([expect.objectContaining({ scheme: 'basic', realm: '401 Lab', isProxy: false })]);
    expect(o.topOrigin).toBe(site('site-one.test', ''));
    expect(reply.hostPermission).toBe(true);
    expect(reply.record!.current.successes.map((x) => x.url)).toContain(site('site-one.test', '/'));
    // The 401 page committed after the refusal was counted, which wipes a tab's badge in Firefox.
    await expect.poll(async () => (await badgeOf(s, tabId)).text).toBe('1');
    expect((await badgeOf(s, tabId)).color.slice(0, 3)).toEqual(RED);
    // Reloaded, as "Reload and watch" does: the watched origin's request and address are seen.
    await s.navigate(page, site('site-one.test', '/basic/'));
    await expect.poll(async () => (await observationsOf(s, tabId)).at(-1)?.ip ?? null).toBe('127.0.0.1');
    expect((await observationsOf(s, tabId)).at(-1)!.credentials).toMatchObject({ requestSeen: true, authorizationScheme: null });
    await page.close();
  });

  it('records a fetch 401 from a 200 page as "not seen", and the next one with no credentials sent', async () => {
    const { page, tabId } = await s.newTab();
    await s.navigate(page, site('site-two.test', '/bearer/no-token/'));
    await page.waitForSelector('body[data-api-status="401"]');
    await expect.poll(async () => (await observationsOf(s, tabId)).length).toBe(1);
    const rec = (await getTab(s, tabId)).record!;
    const o = rec.current.observations[0]!;
    expect(o).toMatchObject({ status: 401, type: 'xmlhttprequest', url: site('site-two.test', '/bearer/no-token/api') });
    expect(o.wwwAuthenticate[0]).toMatch(/^Bearer /);
    // The always-on listener saw the response only: what was sent is "not seen", not "none".
    expect(o.credentials).toEqual({ authorizationScheme: null, cookieNames: [], browserRetried: 'no', requestSeen: false });
    // Firefox names the document that made the call (originUrl/documentUrl).
    expect(o).toMatchObject({ initiator: site('site-two.test', ''), topOrigin: site('site-two.test', '') });
    expect(rec.current.url).toBe(site('site-two.test', '/bearer/no-token/'));
    // The origin is watched now: the same call again is seen, and carried nothing.
    expect(await page.evaluate(() => fetch('/bearer/no-token/api').then((r) => r.status))).toBe(401);
    await expect.poll(async () => (await observationsOf(s, tabId)).length).toBe(2);
    expect((await observationsOf(s, tabId))[1]!.credentials).toMatchObject({ authorizationScheme: null, cookieNames: [], browserRetried: 'no', requestSeen: true });
    await page.close();
  });

  it('sees the Authorization header a page sends, and the cookie names without extraHeaders', async () => {
    const { page, tabId } = await s.newTab();
    await s.navigate(page, site('site-three.test', '/store/page'));
    const call = () =>
      page.evaluate(async () => {
        document.cookie = 'sid=COOKIEVALUE-7f3a9; path=/';
        const r = await fetch('/bearer/no-token/api?token=QUERYVALUE-51c2', { headers: { Authorization: 'Bearer AUTHVALUE-e84d' } });
        return r.status;
      });
    // The first call makes the origin watched; the second one's headers are seen.
    expect(await call()).toBe(401);
    await expect.poll(async () => (await observationsOf(s, tabId)).length).toBe(1);
    expect(await call()).toBe(401);
    await expect.poll(async () => (await observationsOf(s, tabId)).length).toBe(2);
    const o = (await observationsOf(s, tabId))[1]!;
    expect(o.credentials.authorizationScheme).toBe('Bearer');
    expect(o.credentials.cookieNames).toEqual(['sid']);
    const stored = JSON.stringify(await s.inExtension(() => (globalThis as unknown as { browser: { storage: { session: { get(k: null): Promise<unknown> } } } }).browser.storage.session.get(null), null));
    for (const secret of ['COOKIEVALUE-7f3a9', 'QUERYVALUE-51c2', 'AUTHVALUE-e84d']) expect(stored).not.toContain(secret);
    await page.close();
  });

  it('sees the Authorization Firefox itself sends with a password typed into its prompt (Chromium hides it)', async () => {
    const { page, tabId } = await s.newTab();
    await s.navigate(page, site('site-three.test', '/'));
    // Answers Firefox's prompt once with a wrong password, then cancels the next one (puppeteer BiDi).
    await page.authenticate({ username: LAB_USER, password: 'not-the-password' });
    await s.navigate(page, site('site-three.test', '/basic/'));
    await expect.poll(async () => (await observationsOf(s, tabId)).length).toBeGreaterThanOrEqual(2);
    const [first, ...retries] = await observationsOf(s, tabId);
    expect(first!.credentials.authorizationScheme).toBeNull();
    for (const r of retries) expect(r.credentials).toMatchObject({ authorizationScheme: 'Basic', browserRetried: 'certain' });
    const stored = JSON.stringify(await getTab(s, tabId));
    expect(stored).not.toContain('not-the-password');
    await page.close();
  });

  it('reads the text of a 401 page with scripting, as the popup\'s page probe does', async () => {
    const { page, tabId } = await s.newTab();
    await s.cancelAuthPrompts(page);
    await s.navigate(page, site('site-two.test', '/iis/401.1/'));
    type Scripting = { scripting: { executeScript(i: object): Promise<{ result?: unknown }[]> } };
    const text = await s.inExtension(async (id) => {
      const api = (globalThis as unknown as { browser: Scripting }).browser;
      const [frame] = await api.scripting.executeScript({ target: { tabId: id }, func: () => document.body.innerText.slice(0, 4096) });
      return String(frame?.result ?? '');
    }, tabId);
    expect(text).toContain('HTTP Error 401.1 - Unauthorized');
    await page.close();
  });

  it('keeps a red badge with the count per tab, set again after each page commits', async () => {
    const a = await s.newTab();
    const b = await s.newTab();
    await s.navigate(a.page, site('site-one.test', '/'));
    await s.navigate(b.page, site('site-two.test', '/'));
    await s.navigate(a.page, site('site-one.test', '/burst/'));
    await a.page.waitForSelector('body[data-done="1"]');
    await expect.poll(async () => (await badgeOf(s, a.tabId)).text).toBe('20');
    const badge = await badgeOf(s, a.tabId);
    expect(badge.color.slice(0, 3)).toEqual(RED);
    expect(badge.title).toMatch(/refused on this page: 20/);
    expect((await badgeOf(s, b.tabId)).text).toBe('');
    // The fetch 401 fires before its page has finished committing in b: the badge must still show.
    await s.navigate(b.page, site('site-two.test', '/bearer/no-token/'));
    await b.page.waitForSelector('body[data-api-status="401"]');
    await expect.poll(async () => (await badgeOf(s, b.tabId)).text).toBe('1');
    expect((await badgeOf(s, a.tabId)).text).toBe('20');
    // A clean navigation: a's badge clears, and its refusals become the previous page.
    await s.navigate(a.page, site('site-one.test', '/'));
    await expect.poll(async () => (await badgeOf(s, a.tabId)).text).toBe('');
    expect((await getTab(s, a.tabId)).record?.previous?.observations.length).toBe(20);
    await a.page.close();
    await expect.poll(async () => (await getTab(s, a.tabId)).record).toBeNull();
    await b.page.close();
  });
});
