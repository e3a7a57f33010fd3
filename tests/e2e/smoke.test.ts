// The foundation's promise: the built extension loads in real Chromium, its service worker runs,
// and its popup opens without a single console error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension.ts';

describe('the built extension in Chromium', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('runs its service worker from the manifest', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await s.worker!.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(manifest.name).toBe('401 Doctor');
  });

  it('opens the popup with no console error', async () => {
    const errors: string[] = [];
    const page = await s.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.locator('main').waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toBe('401 Doctor');
    expect(errors).toEqual([]);
  });
});
