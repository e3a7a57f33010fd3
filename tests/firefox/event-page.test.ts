// Firefox runs the background as an event page and unloads it when idle. What it recorded must
// survive that: it lives in storage.session, not in the page's variables. The idle timeout is cut
// to 1.5 s (extensions.background.idle.timeout) so the unload happens within the test.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { launchFirefox, type FirefoxSession } from './harness/extension.ts';
import { badgeOf, getTab, observationsOf } from './helpers.ts';
import { FirefoxPopup } from './pages/popup-page.ts';

type Api = {
  runtime: { getBackgroundPage(): Promise<Window & { __testMarker?: string }> };
  extension: { getViews(): Window[] };
};
declare const browser: Api;

let lab: Lab;
let s: FirefoxSession;

beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
  s = await launchFirefox({ hosts: ['event.test'], prefs: { 'extensions.background.idle.timeout': 1500 } });
});
afterAll(async () => {
  await s?.close();
  await lab?.close();
});

/** How many background pages are alive: getViews lists every extension page of this process. */
const backgroundViews = () =>
  s.inExtension(() => browser.extension.getViews().filter((w) => w.location.pathname.includes('background')).length, null);

it('keeps the tab\'s record and badge across the event page being unloaded and woken by the next refusal', async () => {
  // A marker on the running background page: a woken page is a new one and does not have it.
  await s.inExtension(async () => {
    (await browser.runtime.getBackgroundPage()).__testMarker = 'first-instance';
  }, null);
  expect(await backgroundViews()).toBe(1);
  const { page, tabId } = await s.newTab();
  await s.navigate(page, `http://event.test:${lab.port}/bearer/no-token/`);
  await page.waitForSelector('body[data-api-status="401"]');
  await expect.poll(async () => (await observationsOf(s, tabId)).length).toBe(1);

  await expect.poll(backgroundViews, { timeout: 20_000, interval: 250 }).toBe(0);
  // Unloaded: the record is still there for the popup (reading it wakes the page again).
  expect(await observationsOf(s, tabId)).toHaveLength(1);
  await expect.poll(backgroundViews, { timeout: 20_000, interval: 250 }).toBe(0);

  // The next refusal wakes it; the new instance adds to the stored record instead of starting over.
  expect(await page.evaluate(() => fetch('/bearer/no-token/api?again=1').then((r) => r.status))).toBe(401);
  await expect.poll(async () => (await observationsOf(s, tabId)).length, { timeout: 15_000 }).toBe(2);
  expect(await s.inExtension(async () => (await browser.runtime.getBackgroundPage()).__testMarker ?? null, null)).toBeNull();
  await expect.poll(async () => (await badgeOf(s, tabId)).text).toBe('2');
  const rec = (await getTab(s, tabId)).record!;
  expect(rec.current.observations.map((o) => new URL(o.url).search)).toEqual(['', '?again=1']);
  const popup = await FirefoxPopup.open(s, tabId);
  expect(await popup.topCause()).toBe('no-credentials');
  await popup.close();
  await page.close();
});
