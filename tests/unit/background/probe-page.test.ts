// The page probe: what it returns from a scriptable page, and null (never a throw) elsewhere.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { scripting: { executeScript: () => Promise.reject(new Error('no')) } } }));
const { probePage, PROBE_TEXT_CHARS } = await import('../../../src/platform/probe-page.ts');

describe('probePage', () => {
  it('returns the title and the first 4 KB of text, with the URL masked', async () => {
    const executeScript = vi.fn(async (_injection: unknown) => [{ result: { url: 'https://iis.example/app?session=abc', title: '401 - Unauthorized', text: 'x'.repeat(9000), controlled: false } }]);
    const probe = await probePage(3, { executeScript });
    expect(probe).toEqual({ url: 'https://iis.example/app?session=•••', title: '401 - Unauthorized', text: 'x'.repeat(PROBE_TEXT_CHARS), controlled: false });
    expect(executeScript.mock.calls[0]![0]).toMatchObject({ target: { tabId: 3 }, args: [PROBE_TEXT_CHARS] });
  });

  it('says whether a service worker controls the page, read in the page itself', async () => {
    type Injection = { target: { tabId: number }; func: (max: number) => unknown; args: [number] };
    // The injected function runs where the page's globals are: give it a page with a controller.
    const run = (controller: object | null) => async (injection: Injection) => {
      const g = globalThis as Record<string, unknown>;
      const saved = { document: g.document, location: g.location, navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator') };
      Object.assign(g, { document: { title: 't', body: { innerText: 'b' } }, location: { href: 'https://pwa.example/' } });
      Object.defineProperty(globalThis, 'navigator', { value: { serviceWorker: { controller } }, configurable: true });
      try {
        return [{ result: injection.func(...injection.args) }];
      } finally {
        Object.assign(g, { document: saved.document, location: saved.location });
        if (saved.navigator) Object.defineProperty(globalThis, 'navigator', saved.navigator);
      }
    };
    expect((await probePage(1, { executeScript: run({ scriptURL: '/sw.js' }) }))?.controlled).toBe(true);
    expect((await probePage(1, { executeScript: run(null) }))?.controlled).toBe(false);
  });

  it('returns null on a page it cannot script, and on an odd result', async () => {
    expect(await probePage(3, { executeScript: () => Promise.reject(new Error('Cannot access a chrome:// URL')) })).toBeNull();
    expect(await probePage(3, { executeScript: async () => [] })).toBeNull();
    expect(await probePage(3, { executeScript: async () => [{ result: { title: 1 } }] })).toBeNull();
    expect(await probePage(3)).toBeNull();
  });
});
