// The background wired onto fake browsers: event orderings, the cost of the ordinary path,
// badge, messages, tab removal, Firefox's missing extraHeaders.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { startBackground } from '../../../src/background/start.ts';
import { sendHeadersSpec } from '../../../src/background/capture/register.ts';
import { basicChallenge, bearerChallenge, fakeWebRequest, ports, req, response, settle } from './fakes.ts';

beforeEach(() => fakeBrowser.reset());

function setup() {
  const p = ports();
  const bg = startBackground(p.b);
  return { ...p, bg, read: (tab = 7) => bg.store.read(tab) };
}

describe('listeners', () => {
  it('register synchronously, asking extraHeaders only for request headers in Chromium', () => {
    const { webRequest } = setup();
    expect(webRequest.onSendHeaders.listeners[0]!.spec).toEqual(['requestHeaders', 'extraHeaders']);
    expect(webRequest.onHeadersReceived.listeners[0]!.spec).toEqual(['responseHeaders']);
    expect(webRequest.onAuthRequired.listeners).toHaveLength(1);
    expect(webRequest.onCompleted.listeners).toHaveLength(1);
    expect(webRequest.onErrorOccurred.listeners).toHaveLength(1);
    // onCompleted carries the final status and headers: it can record a refusal on its own.
    expect(webRequest.onCompleted.listeners[0]!.spec).toEqual(['responseHeaders']);
  });

  it('work in Firefox, which has no extraHeaders option', () => {
    const wr = fakeWebRequest({ firefox: true });
    expect(sendHeadersSpec(wr)).toEqual(['requestHeaders']);
    const p = ports({ webRequest: wr });
    expect(() => startBackground(p.b)).not.toThrow();
    expect(wr.onSendHeaders.listeners[0]!.spec).toEqual(['requestHeaders']);
  });
});

describe('the ordinary path', () => {
  it('does no storage I/O for 1000 ordinary responses and keeps no trail behind', async () => {
    const { webRequest, calls, bg } = setup();
    await bg.store.ready;
    const before = { ...calls };
    for (let i = 0; i < 1000; i++) {
      const r = req({ type: i % 2 ? 'image' : 'xmlhttprequest', requestHeaders: [{ name: 'Cookie', value: 'a=b' }] });
      webRequest.onSendHeaders.fire(r);
      webRequest.onHeadersReceived.fire(response(r, i % 3 ? 200 : 404));
      webRequest.onCompleted.fire({ ...r, fromCache: false, ip: '1.2.3.4', statusCode: i % 3 ? 200 : 404, statusLine: 'HTTP/1.1 200', responseHeaders: [] });
    }
    await settle();
    expect(calls).toEqual(before);
    expect(bg.handlers.trails.size).toBe(0);
  });
});

describe('event orderings', () => {
  it('401 → onAuthRequired → resent → 401: the browser certainly tried credentials', async () => {
    const { webRequest, read } = setup();
    const r = req({ type: 'main_frame', url: 'https://intranet.example/' });
    webRequest.onSendHeaders.fire(r);
    webRequest.onHeadersReceived.fire(response(r, 401, basicChallenge));
    webRequest.onAuthRequired.fire({ ...response(r, 401, basicChallenge), scheme: 'basic', realm: 'staff', isProxy: false });
    webRequest.onSendHeaders.fire({ ...r, timeStamp: r.timeStamp + 5 });
    webRequest.onHeadersReceived.fire(response(r, 401, basicChallenge, { timeStamp: r.timeStamp + 6 }));
    webRequest.onErrorOccurred.fire({ ...r, fromCache: false, ip: '10.1.1.1' });
    const s = (await read())!;
    const [first, second] = s.record.current.observations;
    expect(first!.credentials.browserRetried).toBe('unknown');
    expect(first!.authRequired).toEqual([{ scheme: 'basic', realm: 'staff', isProxy: false }]);
    expect(second!.credentials.browserRetried).toBe('certain');
    expect(second!.ip).toBe('10.1.1.1');
    expect(first!.ip).toBeNull();
  });

  it('a 407 seen only by onAuthRequired still becomes an observation', async () => {
    const { webRequest, read, action } = setup();
    const r = req({ url: 'http://site.test/' });
    webRequest.onAuthRequired.fire({ ...response(r, 407, [{ name: 'Proxy-Authenticate', value: 'Basic realm="proxy"' }]), scheme: 'basic', realm: 'proxy', isProxy: true });
    const o = (await read())!.record.current.observations[0]!;
    expect(o).toMatchObject({ status: 407, proxyAuthenticate: ['Basic realm="proxy"'], authRequired: [{ isProxy: true }] });
    await settle();
    expect(action.tabs.get(7)).toMatchObject({ text: '1', color: '#F9A825', icon: { '16': 'icons/icon-407-16.png' }, title: 'badge_title_407:1' });
  });

  it('assembles the redirect chain and forgets it after the request', async () => {
    const { webRequest, read, bg } = setup();
    const r = req({ type: 'main_frame', url: 'https://old.example/link?token=abc' });
    webRequest.onSendHeaders.fire(r);
    webRequest.onHeadersReceived.fire(response(r, 302, [{ name: 'Location', value: 'https://new.example/members' }]));
    webRequest.onSendHeaders.fire({ ...r, url: 'https://new.example/members' });
    webRequest.onHeadersReceived.fire(response({ ...r, url: 'https://new.example/members' }, 401, basicChallenge));
    webRequest.onCompleted.fire({ ...r, fromCache: false });
    const o = (await read())!.record.current.observations[0]!;
    expect(o.redirectChain).toEqual(['https://old.example/link?token=•••']);
    expect(o.url).toBe('https://new.example/members');
    expect(bg.handlers.trails.size).toBe(0);
  });

  it('starts a new page on a main-frame response and keeps successes of refused origins only', async () => {
    const { webRequest, read, action } = setup();
    const page = req({ type: 'main_frame', url: 'https://app.example/home', requestHeaders: [{ name: 'Cookie', value: 'sid=S1' }] });
    webRequest.onSendHeaders.fire(page);
    webRequest.onHeadersReceived.fire(response(page, 200));
    const other = req({ type: 'xmlhttprequest', url: 'https://cdn.example/x' });
    webRequest.onHeadersReceived.fire(response(other, 200));
    const api = req({ url: 'https://app.example/api' });
    webRequest.onHeadersReceived.fire(response(api, 401, bearerChallenge));
    const after = req({ url: 'https://app.example/api/ok' });
    webRequest.onHeadersReceived.fire(response(after, 200));
    let s = (await read())!;
    expect(s.record.current.successes.map((x) => x.url)).toEqual(['https://app.example/home', 'https://app.example/api/ok']);
    expect(s.record.current.successes[0]!.cookieNames).toEqual(['sid']);
    await settle();
    expect(action.tabs.get(7)).toMatchObject({ text: '1', color: '#C62828', title: 'badge_title_401:1' });
    const next = req({ type: 'main_frame', url: 'https://app.example/next' });
    webRequest.onHeadersReceived.fire(response(next, 200));
    s = (await read())!;
    expect(s.record.previous!.observations).toHaveLength(1);
    expect(s.record.current).toMatchObject({ url: 'https://app.example/next', observations: [] });
    await settle();
    expect(action.tabs.get(7)).toMatchObject({ text: '', icon: { '16': 'icons/icon-16.png' }, title: 'action_title' });
  });

  it('ignores requests that belong to no tab', async () => {
    const { webRequest, read } = setup();
    webRequest.onHeadersReceived.fire(response(req({ tabId: -1 }), 401));
    expect(await read(-1)).toBeNull();
  });
});

describe('tabs and messages', () => {
  it('re-applies the badge after a navigation wiped it, and drops a closed tab', async () => {
    const { webRequest, action, bg } = setup();
    webRequest.onHeadersReceived.fire(response(req(), 401, bearerChallenge));
    await bg.store.read(7);
    await settle();
    action.tabs.set(7, {});
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, {} as never);
    await settle();
    expect(action.tabs.get(7)!.text).toBe('1');
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('answers get-tab, record-attempt and clear-page, and rejects malformed messages', async () => {
    const { webRequest } = setup();
    webRequest.onHeadersReceived.fire(response(req(), 401, bearerChallenge));
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
    first.webRequest.onHeadersReceived.fire(response(req(), 401, bearerChallenge));
    await first.read();
    // A new worker: its first event is the navigation that woke it.
    const next = setup();
    next.webRequest.onHeadersReceived.fire(response(req({ type: 'main_frame', url: 'https://app.example/other' }), 200));
    const s = (await next.read())!;
    expect(s.record.previous!.observations).toHaveLength(1);
    expect(s.record.current).toMatchObject({ url: 'https://app.example/other', observations: [] });
  });

  it('records a refusal from onCompleted when the worker never ran its onHeadersReceived', async () => {
    const { webRequest, read, bg } = setup();
    await bg.store.ready;
    const r = req({ url: 'https://app.example/api/lost' });
    // Chromium dispatched onSendHeaders and onHeadersReceived to the stopped worker: only onCompleted arrives here.
    webRequest.onCompleted.fire({ ...response(r, 401, bearerChallenge), fromCache: false, ip: '10.2.2.2' });
    const o = (await read())!.record.current.observations;
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ url: 'https://app.example/api/lost', status: 401, wwwAuthenticate: [bearerChallenge[0]!.value], ip: '10.2.2.2' });
    expect(bg.handlers.trails.size).toBe(0);
  });

  it('keeps one observation when the worker is replaced between onHeadersReceived and onCompleted', async () => {
    const first = setup();
    const r = req({ url: 'https://app.example/api/x' });
    first.webRequest.onSendHeaders.fire(r);
    first.webRequest.onHeadersReceived.fire(response(r, 401, bearerChallenge));
    await first.read();
    const next = setup();
    next.webRequest.onCompleted.fire({ ...response(r, 401, bearerChallenge, { timeStamp: r.timeStamp + 4 }), fromCache: true, ip: '10.3.3.3' });
    const o = (await next.read())!.record.current.observations;
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ fromCache: true, ip: '10.3.3.3' });
  });

  it('adds the completion facts to its own observation when one worker saw the whole request', async () => {
    const { webRequest, read, calls, bg } = setup();
    await bg.store.ready;
    const r = req({ url: 'https://app.example/api/y' });
    webRequest.onSendHeaders.fire(r);
    webRequest.onHeadersReceived.fire(response(r, 401, bearerChallenge));
    const sets = calls.set;
    webRequest.onCompleted.fire({ ...response(r, 401, bearerChallenge), fromCache: false, ip: '10.4.4.4' });
    // No second write: the completion facts are folded from memory.
    expect(calls.set).toBe(sets);
    const o = (await read())!.record.current.observations;
    expect(o).toHaveLength(1);
    expect(o[0]!.ip).toBe('10.4.4.4');
  });

  it('keeps the other listeners when one registration is refused', () => {
    const wr = fakeWebRequest();
    wr.onAuthRequired.addListener = () => {
      throw new Error('onAuthRequired needs webRequestAuthProvider');
    };
    const p = ports({ webRequest: wr });
    expect(() => startBackground(p.b)).not.toThrow();
    expect(wr.onCompleted.listeners).toHaveLength(1);
    expect(wr.onHeadersReceived.listeners).toHaveLength(1);
  });
});
