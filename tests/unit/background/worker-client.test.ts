// Which tab a service worker's own refusal (tabId -1) belongs to: core/capture/worker-client.ts.
import { describe, expect, it } from 'vitest';
import { clientTabOf, workerOrigin } from '../../../src/core/capture/worker-client.ts';

const base = { requestId: '1', url: 'https://app.example/private/report.json', method: 'GET', frameId: -1, tabId: -1, type: 'xmlhttprequest', timeStamp: 1 };

describe("a service worker's origin", () => {
  it("is Chromium's initiator and the origin of Firefox's originUrl (the worker's script)", () => {
    expect(workerOrigin({ ...base, initiator: 'https://app.example' })).toBe('https://app.example');
    expect(workerOrigin({ ...base, frameId: 0, originUrl: 'https://App.Example:8443/sw.js?v=2', documentUrl: 'https://app.example:8443/sw.js' })).toBe('https://app.example:8443');
  });

  it('is unknown for an opaque, missing or non-web initiator', () => {
    expect(workerOrigin({ ...base, initiator: 'null' })).toBeNull();
    expect(workerOrigin(base)).toBeNull();
    expect(workerOrigin({ ...base, initiator: 'chrome-extension://abcdef' })).toBeNull();
  });
});

describe("the worker's client tab", () => {
  const tabs = [
    { id: 1, url: 'https://other.example/', active: true, lastAccessed: 50 },
    { id: 2, url: 'https://app.example/inbox', active: false, lastAccessed: 30 },
    { id: 3, url: 'https://app.example/settings', active: false, lastAccessed: 40 },
  ];

  it('is the tab of its origin used last when none of them is in front', () => {
    expect(clientTabOf(tabs, 'https://app.example')).toBe(3);
  });

  it('is the one in front when a tab of its origin is', () => {
    expect(clientTabOf([...tabs, { id: 4, url: 'https://app.example/', active: true, lastAccessed: 1 }], 'https://app.example')).toBe(4);
  });

  it("keeps to the worker's cookie jar where the engine names one (Firefox containers)", () => {
    const jars = [
      { id: 5, url: 'https://app.example/', active: true, cookieStoreId: 'firefox-container-1' },
      { id: 6, url: 'https://app.example/', active: false, cookieStoreId: 'firefox-default' },
    ];
    expect(clientTabOf(jars, 'https://app.example', 'firefox-default')).toBe(6);
    expect(clientTabOf(jars, 'https://app.example', 'firefox-container-1')).toBe(5);
  });

  it('is none when no tab shows that origin, or a tab has no readable URL or id', () => {
    expect(clientTabOf(tabs, 'https://elsewhere.example')).toBeNull();
    expect(clientTabOf([{ id: 7 }, { url: 'https://app.example/' }, { id: 8, url: 'not a url' }], 'https://app.example')).toBeNull();
  });
});
