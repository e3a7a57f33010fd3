// The page probe: what it returns from a scriptable page, and null (never a throw) elsewhere.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { scripting: { executeScript: () => Promise.reject(new Error('no')) } } }));
const { probePage, PROBE_TEXT_CHARS } = await import('../../../src/platform/probe-page.ts');

describe('probePage', () => {
  it('returns the title and the first 4 KB of text, with the URL masked', async () => {
    const executeScript = vi.fn(async (_injection: unknown) => [{ result: { url: 'https://iis.example/app?session=abc', title: '401 - Unauthorized', text: 'x'.repeat(9000) } }]);
    const probe = await probePage(3, { executeScript });
    expect(probe).toEqual({ url: 'https://iis.example/app?session=•••', title: '401 - Unauthorized', text: 'x'.repeat(PROBE_TEXT_CHARS) });
    expect(executeScript.mock.calls[0]![0]).toMatchObject({ target: { tabId: 3 }, args: [PROBE_TEXT_CHARS] });
  });

  it('returns null on a page it cannot script, and on an odd result', async () => {
    expect(await probePage(3, { executeScript: () => Promise.reject(new Error('Cannot access a chrome:// URL')) })).toBeNull();
    expect(await probePage(3, { executeScript: async () => [] })).toBeNull();
    expect(await probePage(3, { executeScript: async () => [{ result: { title: 1 } }] })).toBeNull();
    expect(await probePage(3)).toBeNull();
  });
});
