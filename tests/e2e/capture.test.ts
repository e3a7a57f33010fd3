// Capture in real Chromium against the 401 lab: what the background records for each kind of
// refusal, the badge per tab, a worker stopped mid-burst, and secrets that must not be stored.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('records a fetch 401 from a 200 page as "not seen", then watches its origin: the next one is seen', async () => {
    const ext = await extensionPage(s);
    const { page, tabId } = await tabAt(s, site('site-two.test', '/'));
    await page.goto(site('site-two.test', '/bearer/no-token/'));
    await page.waitForSelector('body[data-api-status="401"]');
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(1);
    const rec = (await getTab(ext, tabId)).record!;
    const o = rec.current.observations[0]!;
    expect(o).toMatchObject({ status: 401, type: 'xmlhttprequest', url: site('site-two.test', '/bearer/no-token/api') });
    expect(o.wwwAuthenticate[0]).toMatch(/^Bearer /);
    // The always-on listener saw only the response: what was sent is "not seen", not "none".
    expect(o.credentials).toEqual({ authorizationScheme: null, cookieNames: [], browserRetried: 'no', requestSeen: false });
    expect(o).toMatchObject({ initiator: site('site-two.test', ''), topOrigin: site('site-two.test', ''), hops: [] });
    expect(o.date).toMatch(/GMT$/);
    expect(rec.current.successes.map((x) => x.url)).toContain(site('site-two.test', '/bearer/no-token/'));
    // The same call again, as "Reload and watch" makes it: the narrowed listeners see the request and its end.
    expect(await page.evaluate(() => fetch('/bearer/no-token/api').then((r) => r.status))).toBe(401);
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(2);
    await expect.poll(async () => (await getTab(ext, tabId)).record!.current.observations[1]!.ip).toBe('127.0.0.1');
    expect((await getTab(ext, tabId)).record!.current.observations[1]!.credentials).toMatchObject({ authorizationScheme: null, cookieNames: [], requestSeen: true });
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
    const call = () =>
      page.evaluate(() => fetch('/bearer/no-token/api?token=QUERYVALUE-51c2&page=2', { headers: { Authorization: 'Bearer AUTHVALUE-e84d' } }).then((r) => r.status));
    // The first call makes the origin watched; the second one's request headers are seen.
    expect(await call()).toBe(401);
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(1);
    expect(await call()).toBe(401);
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(2);
    const o = (await getTab(ext, tabId)).record!.current.observations[1]!;
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

// A server of this test's own: a page on one host and an API on another that refuses its CORS
// preflight with 401 (the auth layer in front of OPTIONS, the cors-preflight cause of issue 11).
describe('details on demand in Chromium', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const host = (req.headers.host ?? '').split(':')[0];
      if (host === 'api.pre.test') {
        // Every request, the preflight included, meets the auth layer first.
        res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="api"', 'Content-Type': 'application/json' });
        return res.end('{"error":"unauthorized"}');
      }
      if (req.url?.startsWith('/me')) {
        res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="me", error="invalid_token"', 'Content-Type': 'application/json' });
        return res.end('{}');
      }
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>page</title><p>page</p>');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((ok) => server?.close(ok));
  });

  it('notices a CORS failure, then sees the refused preflight itself on the next try', async () => {
    const ext = await extensionPage(s);
    const { page, tabId } = await tabAt(s, `http://page.pre.test:${port}/`);
    const call = () =>
      page.evaluate((url) => fetch(url, { method: 'PUT', headers: { Authorization: 'Bearer x' } }).then((r) => r.status, () => 'cors error'), `http://api.pre.test:${port}/orders`);
    expect(await call()).toBe('cors error');
    // Nothing to show yet (Chromium hid the preflight from the always-on listeners) …
    expect((await getTab(ext, tabId)).record).toBeNull();
    // … but the CORS error made the API's origin watched, so the next try shows the preflight.
    await expect.poll(async () => {
      await call();
      return (await getTab(ext, tabId)).record?.current.observations.length ?? 0;
    }, { timeout: 10_000 }).toBeGreaterThan(0);
    const o = (await getTab(ext, tabId)).record!.current.observations[0]!;
    expect(o).toMatchObject({ method: 'OPTIONS', status: 401, preflight: true, initiator: `http://page.pre.test:${port}`, credentials: { requestSeen: true, authorizationScheme: null } });
    await page.close();
  });

  it('keeps a Bearer JWT\'s exp, iss, aud and scope, and no other claim, once the origin is watched', async () => {
    const ext = await extensionPage(s);
    const { page, tabId } = await tabAt(s, `http://jwt.pre.test:${port}/`);
    const payload = { exp: 1_700_000_000, iss: 'https://idp.test/', aud: 'orders', scope: 'read:profile', sub: 'SUBJECT-5521', email: 'EMAIL-77@x.test' };
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}.SIGNATURE-0c1d`;
    const call = () => page.evaluate((t) => fetch('/me', { headers: { Authorization: `Bearer ${t}` } }).then((r) => r.status), token);
    expect(await call()).toBe(401);
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(1);
    expect(await call()).toBe(401);
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(2);
    const [first, second] = (await getTab(ext, tabId)).record!.current.observations;
    expect(first!.credentials.requestSeen).toBe(false);
    expect(second!.credentials).toMatchObject({ authorizationScheme: 'Bearer', requestSeen: true, placeholder: null, token: { exp: 1_700_000_000, iss: 'https://idp.test/', aud: ['orders'], scope: 'read:profile', nbf: null, iat: null } });
    const everything = JSON.stringify(await ext.evaluate(() => chrome.storage.session.get(null)));
    for (const secret of ['SUBJECT-5521', 'EMAIL-77', 'SIGNATURE-0c1d', b64(payload)]) expect(everything).not.toContain(secret);
    await page.close();
  });
});
