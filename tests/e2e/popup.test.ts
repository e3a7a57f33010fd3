// The popup in real Chromium against the 401 lab: for every scenario the expected cause comes
// first, and each one-click action does what its card says — and nothing more.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAB_PASSWORD, LAB_USER } from '../../lab/auth/accounts.ts';
import { scenarios } from '../../lab/scenarios/index.ts';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { launchExtension, type ExtensionSession } from './harness/extension.ts';
import { PopupPage } from './pages/popup-page.ts';
import { refuse } from './popup-helpers.ts';

let lab: Lab;
let s: ExtensionSession;
let ext: Page;
const origin = (host: string) => `http://${host}:${lab.port}`;

beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
  // Only the proxy scenario's host goes through the lab's proxy; *.test hosts go straight to the lab.
  s = await launchExtension({
    mapHosts: ['*.test'],
    args: [`--proxy-server=${lab.proxyUrl}`, '--proxy-bypass-list=*.test'],
  });
  ext = await s.openPopup();
});
afterAll(async () => {
  await s?.close();
  await lab?.close();
});

describe('the popup ranks the expected cause first', () => {
  const refusing = scenarios.filter((x) => x.expectedCause !== null);
  it.each(refusing.map((x) => [x.id, x] as const))('%s', async (id, scenario) => {
    lab.reset();
    const host = scenario.kind === 'proxy' ? `${id}.example` : `${id}.test`;
    const { page, tabId } = await refuse(s, ext, scenario, origin(host), origin(`${id}.test`));
    const popup = await PopupPage.open(s, tabId);
    expect(await popup.topCause(), await popup.headline().catch(() => '')).toBe(scenario.expectedCause);
    expect(await popup.fitsWidth()).toBe(true);
    await popup.close();
    await page.close();
  });
});
