// The background wired onto fake browsers whose webRequest events honour their filters: what the
// always-on listeners see and cost, details on demand per tab and origin, event orderings, badge,
// messages, tab removal, a worker replaced mid-request, Firefox's missing extraHeaders.
import { fakeBrowser } from '@webext-core/fake-browser';
import { SignJWT } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIRST_TURN_TYPES, sendHeadersSpec } from '../../../src/background/capture/register.ts';
import { WATCH_KEY } from '../../../src/background/capture/watch.ts';
import { startBackground } from '../../../src/background/start.ts';
import { basicChallenge, bearerChallenge, exchange, fakeWebRequest, memorySession, ports, req, response, settle } from './fakes.ts';

beforeEach(() => fakeBrowser.reset());

function setup(opts: { firefox?: boolean } = {}) {
  const p = ports(opts.firefox ? { webRequest: fakeWebRequest({ firefox: true }) } : {});
  const bg = startBackground(p.b);
  return { ...p, bg, read: (tab = 7) => bg.store.read(tab) };
}

const api = (over: Parameters<typeof req>[0] = {}) => req({ url: 'https://app.example/api/data', initiator: 'https://app.example', ...over });

describe('the always-on listeners', () => {
  it('are one filtered onHeadersReceived, onAuthRequired and an XHR-only onErrorOccurred, added synchronously', async () => {
    const { webRequest, bg } = setup();
    // While the worker starts, an onCompleted filtered the same way bridges the gap until the
    // watched listeners are registered again; it is gone once they are.
    expect(webRequest.onCompleted.listeners).toHaveLength(1);
    expect(webRequest.onCompleted.listeners[0]).toMatchObject({ filter: { urls: ['<all_urls>'], types: FIRST_TURN_TYPES }, spec: ['responseHeaders'] });
    await bg.watch.ready;
    await settle(2);
    expect(webRequest.onHeadersReceived.listeners).toHaveLength(1);
    expect(webRequest.onHeadersReceived.listeners[0]).toMatchObject({ filter: { urls: ['<all_urls>'], types: FIRST_TURN_TYPES }, spec: ['responseHeaders'] });
    expect(FIRST_TURN_TYPES).toEqual(['main_frame', 'sub_frame', 'xmlhttprequest', 'other']);
    expect(webRequest.onAuthRequired.listeners[0]).toMatchObject({ filter: { urls: ['<all_urls>'] }, spec: ['responseHeaders'] });
    expect(webRequest.onErrorOccurred.listeners[0]!.filter).toEqual({ urls: ['<all_urls>'], types: ['xmlhttprequest'] });
    // Nothing on the request side, nothing on completion, no extraHeaders anywhere until an origin refuses.
    expect(webRequest.onSendHeaders.listeners).toHaveLength(0);
    expect(webRequest.onCompleted.listeners).toHaveLength(0);
    for (const e of [webRequest.onHeadersReceived, webRequest.onAuthRequired, webRequest.onErrorOccurred]) for (const l of e.listeners) expect(l.spec ?? []).not.toContain('extraHeaders');
  });

  it('never receive an image, script or style: the browser filters them out', () => {
    const { webRequest } = setup();
    for (const type of ['image', 'script', 'stylesheet', 'font', 'media']) {
      expect(webRequest.onHeadersReceived.trigger(response(req({ type }), 200))).toBe(0);
      expect(webRequest.onHeadersReceived.trigger(response(req({ type }), 401, bearerChallenge))).toBe(0);
    }
    expect(webRequest.onHeadersReceived.trigger(response(req({ type: 'xmlhttprequest' }), 200))).toBe(1);
    expect(webRequest.onErrorOccurred.trigger({ ...req({ type: 'image' }), fromCache: false, error: 'net::ERR_FAILED' })).toBe(0);
  });

  it('do no storage I/O for 1000 ordinary responses and keep no trail behind', async () => {
    const { webRequest, calls, bg } = setup();
    await bg.store.ready;
    await bg.watch.ready;
    const before = { ...calls };
    for (let i = 0; i < 1000; i++) exchange(webRequest, req({ type: i % 2 ? 'image' : 'xmlhttprequest', requestHeaders: [{ name: 'Cookie', value: 'a=b' }] }), i % 3 ? 200 : 404);
    await settle();
    expect(calls).toEqual(before);
    expect(bg.handlers.trails.size).toBe(0);
  });

  it('record a challenged image through onAuthRequired, which fires for any type', async () => {
    const { webRequest, read } = setup();
    const img = req({ type: 'image', url: 'https://cams.example/snap.jpg' });
    expect(webRequest.onHeadersReceived.trigger(response(img, 401, basicChallenge))).toBe(0);
    webRequest.onAuthRequired.trigger({ ...response(img, 401, basicChallenge), scheme: 'basic', realm: 'staff', isProxy: false });
    const o = (await read())!.record.current.observations;
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ type: 'image', authRequired: [{ scheme: 'basic' }], credentials: { requestSeen: false } });
  });
});

describe('details on demand', () => {
  it('a first refusal is "not seen"; its origin is then watched on that tab only, and the next one is seen', async () => {
    const { webRequest, read, bg } = setup();
    const headers = [{ name: 'Authorization', value: 'Bearer opaque' }, { name: 'Cookie', value: 'sid=S; theme=dark' }];
    exchange(webRequest, api({ requestHeaders: headers }), 401, bearerChallenge);
    let o = (await read())!.record.current.observations;
    expect(o[0]!.credentials).toEqual({ authorizationScheme: null, cookieNames: [], browserRetried: 'no', requestSeen: false });
    expect(bg.watch.snapshot()).toEqual([{ tabId: 7, page: 'https://app.example', origins: ['https://app.example'] }]);
    expect(webRequest.onSendHeaders.listeners[0]).toMatchObject({ filter: { urls: ['https://app.example/*'], tabId: 7 }, spec: ['requestHeaders', 'extraHeaders'] });
    expect(webRequest.onCompleted.listeners[0]).toMatchObject({ filter: { urls: ['https://app.example/*'], tabId: 7 }, spec: ['responseHeaders'] });
    // Another tab, another origin: the narrowed listeners never get them.
    expect(webRequest.onSendHeaders.trigger(req({ tabId: 8, url: 'https://app.example/api/data' }))).toBe(0);
    expect(webRequest.onSendHeaders.trigger(req({ url: 'https://cdn.example/x.js' }))).toBe(0);
    exchange(webRequest, api({ requestHeaders: headers }), 401, bearerChallenge, { ip: '10.9.9.9' });
    o = (await read())!.record.current.observations;
    expect(o[1]!.credentials).toMatchObject({ authorizationScheme: 'Bearer', cookieNames: ['sid', 'theme'], browserRetried: 'no', requestSeen: true, placeholder: null, token: null });
    expect(o[1]!.ip).toBe('10.9.9.9');
    expect(bg.handlers.trails.size).toBe(0);
  });

  it('keeps the watch in storage.session and registers it again in a new worker', async () => {
    const first = setup();
    exchange(first.webRequest, api(), 401, bearerChallenge);
    await first.read();
    await settle();
    expect(JSON.parse((await fakeBrowser.storage.session.get(WATCH_KEY))[WATCH_KEY] as string)).toMatchObject({ v: 1, tabs: [{ tabId: 7, origins: ['https://app.example'] }] });
    const next = setup();
    expect(next.webRequest.onSendHeaders.listeners).toHaveLength(0);
    await next.bg.watch.ready;
    expect(next.webRequest.onSendHeaders.listeners[0]!.filter).toEqual({ urls: ['https://app.example/*'], tabId: 7 });
    exchange(next.webRequest, api({ requestHeaders: [{ name: 'Authorization', value: 'Basic x' }] }), 401, bearerChallenge);
    const o = (await next.read())!.record.current.observations;
    expect(o.at(-1)!.credentials).toMatchObject({ authorizationScheme: 'Basic', requestSeen: true });
  });

  it('ends the watch when the tab closes or goes to another site, and keeps it across a reload', async () => {
    const { webRequest, bg } = setup();
    const page = req({ type: 'main_frame', url: 'https://app.example/home' });
    exchange(webRequest, page, 200);
    exchange(webRequest, api(), 401, bearerChallenge);
    await settle();
    expect(bg.watch.snapshot()).toHaveLength(1);
    exchange(webRequest, req({ type: 'main_frame', url: 'https://app.example/home' }), 200);
    expect(bg.watch.snapshot()).toHaveLength(1);
    exchange(webRequest, req({ type: 'main_frame', url: 'https://elsewhere.example/' }), 200);
    expect(bg.watch.snapshot()).toEqual([]);
    expect(webRequest.onSendHeaders.listeners).toHaveLength(0);
    exchange(webRequest, api({ tabId: 9 }), 401, bearerChallenge);
    expect(bg.watch.snapshot()).toHaveLength(1);
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
    expect(bg.watch.snapshot()).toEqual([]);
    expect(webRequest.onCompleted.listeners).toHaveLength(0);
  });

  it('sees a refused CORS preflight only through the watched extraHeaders listener (Chromium)', async () => {
    const { webRequest, read } = setup();
    const pre = req({ method: 'OPTIONS', url: 'https://api.example/orders', initiator: 'https://shop.example', requestHeaders: [{ name: 'Access-Control-Request-Method', value: 'POST' }, { name: 'Origin', value: 'https://shop.example' }] });
    // Unwatched: invisible to every always-on listener; the page's request then fails the CORS check.
    expect(webRequest.onHeadersReceived.trigger(response(pre, 401, bearerChallenge))).toBe(0);
    webRequest.onErrorOccurred.trigger({ ...req({ url: 'https://api.example/orders', initiator: 'https://shop.example' }), fromCache: false, error: 'net::ERR_FAILED' });
    expect(await read()).toBeNull();
    // That error watched the origin: the try again shows the preflight and its refusal.
    const again = { ...pre, requestId: `${pre.requestId}-again` };
    webRequest.onSendHeaders.trigger(again);
    expect(webRequest.onHeadersReceived.trigger(response(again, 401, bearerChallenge))).toBe(1);
    const o = (await read())!.record.current.observations;
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ method: 'OPTIONS', preflight: true, initiator: 'https://shop.example', credentials: { requestSeen: true } });
  });

  it('keeps only the kept claims of a Bearer JWT, and the placeholder kind, in storage', async () => {
    const area = memorySession();
    const p = ports({ storage: { session: area } });
    const bg = startBackground(p.b);
    const { webRequest } = p;
    const read = () => bg.store.read(7);
    exchange(webRequest, api(), 401, bearerChallenge);
    const token = await new SignJWT({ exp: 1_700_000_000, iss: 'https://idp.example', aud: 'orders', scope: 'read', sub: 'SUBJECT-4411', email: 'EMAIL-x@y', custom: { deep: 'CUSTOM-99' } })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('k'.repeat(32)));
    exchange(webRequest, api({ requestHeaders: [{ name: 'Authorization', value: `Bearer ${token}` }] }), 401, bearerChallenge);
    exchange(webRequest, api({ requestHeaders: [{ name: 'Authorization', value: 'Bearer undefined' }] }), 401, bearerChallenge);
    const o = (await read())!.record.current.observations;
    expect(o[1]!.credentials.token).toEqual({ exp: 1_700_000_000, nbf: null, iat: null, iss: 'https://idp.example', aud: ['orders'], scope: 'read' });
    expect(o[2]!.credentials).toMatchObject({ placeholder: 'undefined', token: null, authorizationScheme: 'Bearer' });
    await settle();
    const stored = JSON.stringify(await area.get(null));
    for (const secret of ['SUBJECT-4411', 'EMAIL-x@y', 'CUSTOM-99', token, token.split('.')[1]!, token.split('.')[2]!]) expect(stored).not.toContain(secret);
    // No claim name other than the kept ones either (storage holds JSON inside JSON: names appear as \"name\").
    for (const claim of ['sub', 'email', 'custom']) expect(stored).not.toContain(`\\"${claim}\\"`);
    expect(stored).toContain(`\\"iss\\"`);
    expect(stored).toContain('idp.example');
  });

  it('records each redirect hop with the Authorization scheme its request carried', async () => {
    const { webRequest, read } = setup();
    // First refusal: watches both the refused origin and the origin it was redirected from.
    const r0 = req({ url: 'https://app.example/api/me' });
    webRequest.onHeadersReceived.trigger(response(r0, 307, [{ name: 'Location', value: 'https://auth.example/me' }]));
    webRequest.onHeadersReceived.trigger(response({ ...r0, url: 'https://auth.example/me' }, 401, bearerChallenge));
    let o = (await read())!.record.current.observations[0]!;
    expect(o.hops).toEqual([{ url: 'https://app.example/api/me', status: 307, authorizationScheme: null, requestSeen: false }]);
    expect(o.credentials.requestSeen).toBe(false);
    // The try again: the hop carried Bearer, the cross-origin hop did not (Fetch §4.4 step 13 removes it).
    const r1 = req({ url: 'https://app.example/api/me', requestHeaders: [{ name: 'Authorization', value: 'Bearer t' }] });
    webRequest.onSendHeaders.trigger(r1);
    webRequest.onHeadersReceived.trigger(response(r1, 307, [{ name: 'Location', value: 'https://auth.example/me' }]));
    const hop2 = { ...r1, url: 'https://auth.example/me', requestHeaders: [] };
    webRequest.onSendHeaders.trigger(hop2);
    webRequest.onHeadersReceived.trigger(response(hop2, 401, bearerChallenge));
    o = (await read())!.record.current.observations[1]!;
    expect(o.hops).toEqual([{ url: 'https://app.example/api/me', status: 307, authorizationScheme: 'Bearer', requestSeen: true }]);
    expect(o.credentials).toMatchObject({ authorizationScheme: null, requestSeen: true });
    expect(o.redirectChain).toEqual(['https://app.example/api/me']);
  });
});

describe('event orderings', () => {
  it('401 → onAuthRequired → resent → 401: the browser certainly tried credentials', async () => {
    const { webRequest, read } = setup();
    const r = req({ type: 'main_frame', url: 'https://intranet.example/' });
    webRequest.onSendHeaders.trigger(r);
    webRequest.onHeadersReceived.trigger(response(r, 401, basicChallenge));
    webRequest.onAuthRequired.trigger({ ...response(r, 401, basicChallenge), scheme: 'basic', realm: 'staff', isProxy: false });
    // The origin is watched now: the resend and its end reach the narrowed listeners.
    webRequest.onSendHeaders.trigger({ ...r, timeStamp: r.timeStamp + 5 });
    webRequest.onHeadersReceived.trigger(response(r, 401, basicChallenge, { timeStamp: r.timeStamp + 6 }));
    webRequest.onErrorOccurred.trigger({ ...r, fromCache: false, ip: '10.1.1.1', error: 'net::ERR_INVALID_AUTH_CREDENTIALS' });
    const s = (await read())!;
    const [first, second] = s.record.current.observations;
    expect(first!.credentials).toMatchObject({ browserRetried: 'unknown', requestSeen: false });
    expect(first!.authRequired).toEqual([{ scheme: 'basic', realm: 'staff', isProxy: false }]);
    expect(second!.credentials).toMatchObject({ browserRetried: 'certain', requestSeen: true, authorizationScheme: null });
    expect(second!.ip).toBe('10.1.1.1');
    expect(first!.ip).toBeNull();
  });

  it('a 407 seen only by onAuthRequired still becomes an observation', async () => {
    const { webRequest, read, action } = setup();
    const r = req({ url: 'http://site.test/', type: 'image' });
    webRequest.onAuthRequired.trigger({ ...response(r, 407, [{ name: 'Proxy-Authenticate', value: 'Basic realm="proxy"' }]), scheme: 'basic', realm: 'proxy', isProxy: true });
    const o = (await read())!.record.current.observations[0]!;
    expect(o).toMatchObject({ status: 407, proxyAuthenticate: ['Basic realm="proxy"'], authRequired: [{ isProxy: true }] });
    await settle();
    expect(action.tabs.get(7)).toMatchObject({ text: '1', color: '#F9A825', icon: { '16': 'icons/icon-407-16.png' }, title: 'badge_title_407:1' });
  });

  it('assembles the redirect chain', async () => {
    const { webRequest, read } = setup();
    const r = req({ type: 'main_frame', url: 'https://old.example/link?token=abc' });
    webRequest.onHeadersReceived.trigger(response(r, 302, [{ name: 'Location', value: 'https://new.example/members' }]));
    webRequest.onHeadersReceived.trigger(response({ ...r, url: 'https://new.example/members' }, 401, basicChallenge));
    const o = (await read())!.record.current.observations[0]!;
    expect(o.redirectChain).toEqual(['https://old.example/link?token=•••']);
    expect(o.url).toBe('https://new.example/members');
  });

  it('starts a new page on a main-frame response and keeps successes of refused origins only', async () => {
    const { webRequest, read, action } = setup();
    exchange(webRequest, req({ type: 'main_frame', url: 'https://app.example/home' }), 200);
    exchange(webRequest, req({ type: 'xmlhttprequest', url: 'https://cdn.example/x' }), 200);
    exchange(webRequest, req({ url: 'https://app.example/api' }), 401, bearerChallenge);
    exchange(webRequest, req({ url: 'https://app.example/api/ok', requestHeaders: [{ name: 'Cookie', value: 'sid=S1' }] }), 200);
    let s = (await read())!;
    expect(s.record.current.successes.map((x) => x.url)).toEqual(['https://app.example/home', 'https://app.example/api/ok']);
    // Watched by then: the success after the refusal carries its cookie names.
    expect(s.record.current.successes[1]!.cookieNames).toEqual(['sid']);
    await settle();
    expect(action.tabs.get(7)).toMatchObject({ text: '1', color: '#C62828', title: 'badge_title_401:1' });
    exchange(webRequest, req({ type: 'main_frame', url: 'https://app.example/next' }), 200);
    s = (await read())!;
    expect(s.record.previous!.observations).toHaveLength(1);
    expect(s.record.current).toMatchObject({ url: 'https://app.example/next', observations: [] });
    await settle();
    expect(action.tabs.get(7)).toMatchObject({ text: '', icon: { '16': 'icons/icon-16.png' }, title: 'action_title' });
  });

  it('ignores requests that belong to no tab and whose origin no tab shows', async () => {
    const { webRequest, read, bg, calls } = setup();
    await bg.store.ready;
    const tab = await fakeBrowser.tabs.create({ url: 'https://other.example/' });
    const before = { ...calls };
    webRequest.onHeadersReceived.trigger(response(req({ tabId: -1, frameId: -1, initiator: 'https://app.example' }), 401, basicChallenge));
    webRequest.onHeadersReceived.trigger(response(req({ tabId: -1, frameId: -1, initiator: 'https://other.example' }), 200));
    await settle(3);
    expect(await read(-1)).toBeNull();
    expect(await read(tab.id!)).toBeNull();
    expect(calls.set).toBe(before.set);
    expect(bg.watch.snapshot()).toEqual([]);
  });

  it("gives a service worker's refusal (tabId -1) to the tab of its origin, marked as the worker's, its request not seen", async () => {
    const { webRequest, read, bg } = setup();
    const other = await fakeBrowser.tabs.create({ url: 'https://other.example/' });
    const client = await fakeBrowser.tabs.create({ url: 'https://app.example/reports' });
    // Chromium: frameId -1, the worker's origin as initiator, type xmlhttprequest (measured in Chromium 156).
    webRequest.onHeadersReceived.trigger(response(req({ tabId: -1, frameId: -1, url: 'https://app.example/private/report.json', initiator: 'https://app.example' }), 401, basicChallenge));
    await settle(3);
    const s = (await read(client.id!))!;
    expect(s.record.current.observations).toHaveLength(1);
    expect(s.record.current.observations[0]).toMatchObject({
      url: 'https://app.example/private/report.json',
      tabId: client.id,
      viaServiceWorker: true,
      topOrigin: 'https://app.example',
      credentials: { requestSeen: false },
      wwwAuthenticate: ['Basic realm="staff"'],
    });
    expect(await read(other.id!)).toBeNull();
    // A worker's requests carry no tabId, so watching the tab's origin could not show them.
    expect(bg.watch.snapshot()).toEqual([]);
  });

  it("finds the client from Firefox's details too: the worker's script as originUrl, and its cookie jar", async () => {
    const { webRequest, read } = setup({ firefox: true });
    const client = await fakeBrowser.tabs.create({ url: 'https://app.example/' });
    const sw = 'https://app.example/sw.js';
    webRequest.onHeadersReceived.trigger(response(req({ tabId: -1, frameId: 0, url: 'https://app.example/private/a', originUrl: sw, documentUrl: sw }), 401, basicChallenge));
    await settle(3);
    expect((await read(client.id!))!.record.current.observations[0]).toMatchObject({ viaServiceWorker: true, tabId: client.id });
  });
});

describe('tabs and messages', () => {
  it('re-applies the badge after a navigation wiped it, and drops a closed tab', async () => {
    const { webRequest, action, bg } = setup();
    webRequest.onHeadersReceived.trigger(response(req(), 401, bearerChallenge));
    await bg.store.read(7);
    await settle();
    action.tabs.set(7, {});
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, {} as never);
    await settle();
    expect(action.tabs.get(7)!.text).toBe('1');
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await settle();
    const left = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(left).filter((k) => k !== WATCH_KEY)).toEqual([]);
    expect(JSON.parse(left[WATCH_KEY] as string)).toEqual({ v: 1, tabs: [] });
  });

  it('repairs a badge text the browser did not keep on the next read of the tab', async () => {
    const { webRequest, action, bg } = setup();
    for (let i = 0; i < 3; i++) webRequest.onHeadersReceived.trigger(response(req(), 401, bearerChallenge));
    await bg.store.read(7);
    await settle();
    expect(action.tabs.get(7)!.text).toBe('3');
    // A text that did not stick (a call lost with a stopped worker, a wipe whose event was lost).
    action.tabs.get(7)!.text = '2';
    const icon = action.tabs.get(7)!.icon;
    action.tabs.get(7)!.icon = undefined;
    await bg.store.read(7);
    await settle();
    expect(action.tabs.get(7)!.text).toBe('3');
    // The icon, the costly call, is not sent again while the kind is unchanged.
    expect(action.tabs.get(7)!.icon).toBeUndefined();
    expect(icon).toEqual({ '16': 'icons/icon-401-16.png', '32': 'icons/icon-401-32.png' });
  });

  it('answers get-tab, record-attempt and clear-page, and rejects malformed messages', async () => {
    const { webRequest } = setup();
    webRequest.onHeadersReceived.trigger(response(req(), 401, bearerChallenge));
    const send = (m: unknown) => fakeBrowser.runtime.onMessage.trigger(m, {}).then((r) => r[0]);
    expect(await send({ type: 'record-attempt', tabId: 7, step: 'reload' })).toEqual({ ok: true });
    const got = (await send({ type: 'get-tab', tabId: 7 })) as { record: { current: { observations: unknown[] } }; attempts: string[]; hostPermission: boolean };
    expect(got.record.current.observations).toHaveLength(1);
    expect(got.attempts).toEqual(['reload']);
    expect(got.hostPermission).toBe(true);
    expect(await send({ type: 'clear-page', tabId: 7 })).toEqual({ ok: true });
    expect(await send({ type: 'get-tab', tabId: 7 })).toMatchObject({ ok: true, record: null, attempts: [] });
    expect(await send({ type: 'get-tab', tabId: 'seven' })).toMatchObject({ ok: false, error: expect.stringMatching(/malformed/) });
    expect(await send({ type: 'record-attempt', tabId: 7, step: 'dance' })).toMatchObject({ ok: false });
    expect(await send(null)).toMatchObject({ ok: false });
  });

  it('reports a missing host permission', async () => {
    const p = ports({ permissions: { contains: async () => false } });
    startBackground(p.b);
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'get-tab', tabId: 1 }, {});
    expect(reply).toMatchObject({ ok: true, record: null, hostPermission: false });
  });
});

describe('a worker woken by an event', () => {
  it('rotates the page on a navigation that arrives before the store has loaded', async () => {
    const first = setup();
    first.webRequest.onHeadersReceived.trigger(response(req(), 401, bearerChallenge));
    await first.read();
    const next = setup();
    next.webRequest.onHeadersReceived.trigger(response(req({ type: 'main_frame', url: 'https://app.example/other' }), 200));
    const s = (await next.read())!;
    expect(s.record.previous!.observations).toHaveLength(1);
    expect(s.record.current).toMatchObject({ url: 'https://app.example/other', observations: [] });
  });

  it('records a watched refusal from onCompleted when the worker never ran its onHeadersReceived', async () => {
    const first = setup();
    exchange(first.webRequest, api(), 401, bearerChallenge);
    await first.read();
    const next = setup();
    await next.bg.watch.ready;
    const r = api({ url: 'https://app.example/api/lost' });
    // Chromium dispatched onSendHeaders and onHeadersReceived to the stopped worker: only onCompleted arrives here.
    next.webRequest.onCompleted.trigger({ ...response(r, 401, bearerChallenge), fromCache: false, ip: '10.2.2.2' });
    const o = (await next.read())!.record.current.observations;
    expect(o).toHaveLength(2);
    expect(o[1]).toMatchObject({ url: 'https://app.example/api/lost', status: 401, wwwAuthenticate: [bearerChallenge[0]!.value], ip: '10.2.2.2', credentials: { requestSeen: false } });
    expect(next.bg.handlers.trails.size).toBe(0);
  });

  it('keeps one observation when the worker is replaced between onHeadersReceived and onCompleted', async () => {
    const first = setup();
    exchange(first.webRequest, api(), 401, bearerChallenge);
    const r = api({ url: 'https://app.example/api/x' });
    first.webRequest.onSendHeaders.trigger(r);
    first.webRequest.onHeadersReceived.trigger(response(r, 401, bearerChallenge));
    await first.read();
    const next = setup();
    await next.bg.watch.ready;
    next.webRequest.onCompleted.trigger({ ...response(r, 401, bearerChallenge, { timeStamp: r.timeStamp + 4 }), fromCache: true, ip: '10.3.3.3' });
    const o = (await next.read())!.record.current.observations;
    expect(o).toHaveLength(2);
    expect(o[1]).toMatchObject({ fromCache: true, ip: '10.3.3.3', credentials: { requestSeen: true } });
  });

  it('adds the completion facts to its own observation without a second write', async () => {
    const { webRequest, read, calls, bg } = setup();
    await bg.store.ready;
    exchange(webRequest, api(), 401, bearerChallenge);
    await read();
    const r = api({ url: 'https://app.example/api/y' });
    webRequest.onSendHeaders.trigger(r);
    webRequest.onHeadersReceived.trigger(response(r, 401, bearerChallenge));
    const sets = calls.set;
    webRequest.onCompleted.trigger({ ...response(r, 401, bearerChallenge), fromCache: false, ip: '10.4.4.4' });
    expect(calls.set).toBe(sets);
    const o = (await read())!.record.current.observations;
    expect(o).toHaveLength(2);
    expect(o[1]!.ip).toBe('10.4.4.4');
  });

  it('keeps the other listeners when one registration is refused', () => {
    const wr = fakeWebRequest();
    wr.onAuthRequired.addListener = () => {
      throw new Error('onAuthRequired needs webRequestAuthProvider');
    };
    const p = ports({ webRequest: wr });
    expect(() => startBackground(p.b)).not.toThrow();
    expect(wr.onHeadersReceived.listeners).toHaveLength(1);
    expect(wr.onErrorOccurred.listeners).toHaveLength(1);
  });
});

describe('Firefox, which has no extraHeaders option', () => {
  it('registers without it, and still sees the Cookie header once watched', async () => {
    const wr = fakeWebRequest({ firefox: true });
    expect(sendHeadersSpec(wr)).toEqual(['requestHeaders']);
    const { webRequest, read } = setup({ firefox: true });
    exchange(webRequest, api(), 401, bearerChallenge);
    expect(webRequest.onSendHeaders.listeners[0]!.spec).toEqual(['requestHeaders']);
    // No extraHeaders listener for preflights: Firefox's always-on listener sees them itself.
    expect(webRequest.onHeadersReceived.listeners).toHaveLength(1);
    exchange(webRequest, api({ requestHeaders: [{ name: 'Cookie', value: 'sid=S' }] }), 401, bearerChallenge);
    expect((await read())!.record.current.observations[1]!.credentials).toMatchObject({ cookieNames: ['sid'], requestSeen: true });
  });
});
