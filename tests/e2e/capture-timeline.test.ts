// A worker stopped while refusals were arriving loses the events Chromium had dispatched to it
// (capture-restart.test.ts says why). The next worker reads the tab's own Resource Timing back and
// counts the refusals its record lacks (core/capture/timeline.ts): the badge then equals what the
// page met, and the popup says how many came from the page's timing. The loss is made here
// deterministically: the worker is stopped and two observations are taken out of its storage,
// as if their events had died with it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { badgeOf, extensionPage, getTab, tabAt, workerControl } from './capture-helpers.ts';
import { launchExtension, type ExtensionSession } from './harness/extension.ts';
import { PopupPage } from './pages/popup-page.ts';

let lab: Lab;
let s: ExtensionSession;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
  s = await launchExtension({ mapHosts: ['*.test'] });
});
afterAll(async () => {
  await s?.close();
  await lab?.close();
});

it('counts from the page the refusals a stopped worker lost, once, and the badge and popup show them', async () => {
  const ext = await extensionPage(s);
  const worker = await workerControl(s, ext);
  const origin = `http://timeline.test:${lab.port}`;
  const { page, tabId } = await tabAt(s, `${origin}/store/page`);
  const urls = Array.from({ length: 6 }, (_, i) => `${origin}/burst/api/lost-${i}`);
  // The page reads each answer, as an app reads its API's error: Chromium adds a fetch's timing
  // entry when its body is done, so one left unread would not be there to count.
  expect(await page.evaluate((us) => Promise.all(us.map((u) => fetch(u).then((r) => r.text().then(() => r.status)))), urls)).toEqual(urls.map(() => 401));
  await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(6);

  // The loss: the worker stops, and its record no longer holds two of the six.
  await worker.stop();
  const removed = await ext.evaluate(async (id) => {
    const key = `tab:${id}`;
    const stored = JSON.parse((await chrome.storage.session.get(key))[key] as string) as { state: { record: { current: { observations: { url: string }[] } } } };
    const gone = stored.state.record.current.observations.splice(1, 2).map((o) => o.url);
    await chrome.storage.session.set({ [key]: JSON.stringify(stored) });
    return gone;
  }, tabId);
  expect(removed).toHaveLength(2);

  // Any event wakes a new worker; its refusal was under 30 s ago, so it reads the page back.
  await expect.poll(async () => (await getTab(ext, tabId)).record?.current.missed?.map((m) => m.url).sort() ?? [], { timeout: 10_000 }).toEqual([...removed].sort());
  const current = (await getTab(ext, tabId)).record!.current;
  expect(current.observations).toHaveLength(4);
  expect(current.missed!.every((m) => m.status === 401)).toBe(true);
  await expect.poll(async () => (await badgeOf(ext, tabId)).text).toBe('6');

  // Another stop and start reads the page again and adds nothing: the fold counts per URL.
  await worker.stop();
  await expect.poll(async () => (await getTab(ext, tabId)).record?.current.missed?.length, { timeout: 10_000 }).toBe(2);
  await new Promise((r) => setTimeout(r, 2_500));
  expect((await getTab(ext, tabId)).record?.current.missed).toHaveLength(2);

  const popup = await s.openPopup(tabId);
  await popup.locator('[data-section="requests"]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  expect(await popup.locator('[data-missed]').innerText()).toMatch(/^2 more refusals were met while 401 Doctor was being restarted/);
  await popup.close();
  await page.close();
});

it("names the refusals counted from the page's timing when a new page lost every one, under the page before it", async () => {
  const ext = await extensionPage(s);
  const worker = await workerControl(s, ext);
  const origin = `http://all-lost.test:${lab.port}`;
  const { page, tabId } = await tabAt(s, `${origin}/store/page`);
  // A refusal on a first page, so the tab has a record; then a new page, whose every refusal is lost.
  await page.evaluate((u) => fetch(u).then((r) => r.text()), `${origin}/burst/api/first-page`);
  await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(1);
  await page.goto(`${origin}/store/page?second`);
  const urls = Array.from({ length: 3 }, (_, i) => `${origin}/burst/api/all-${i}`);
  await page.evaluate((us) => Promise.all(us.map((u) => fetch(u).then((r) => r.text()))), urls);
  await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0).toBe(3);
  await worker.stop();
  await ext.evaluate(async (id) => {
    const key = `tab:${id}`;
    const stored = JSON.parse((await chrome.storage.session.get(key))[key] as string) as { state: { record: { current: { observations: unknown[] } } } };
    stored.state.record.current.observations = [];
    await chrome.storage.session.set({ [key]: JSON.stringify(stored) });
  }, tabId);
  // The new page started seconds ago: the new worker reads it back though its record holds no refusal.
  await expect.poll(async () => (await getTab(ext, tabId)).record?.current.missed?.length ?? 0, { timeout: 10_000 }).toBe(3);
  expect((await getTab(ext, tabId)).record?.previous?.observations).toHaveLength(1);
  await expect.poll(async () => (await badgeOf(ext, tabId)).text).toBe('3');

  // The popup explains the earlier page's refusal and says what this page met, in both languages.
  for (const lang of ['en', 'ru'] as const) {
    const popup = await PopupPage.open(s, tabId, lang);
    await popup.requests();
    const line = popup.page.locator('[data-missed]');
    expect(await line.getAttribute('data-missed')).toBe('3');
    expect(await line.innerText()).toMatch(lang === 'en' ? /^3 more refusals were met while 401 Doctor was being restarted/ : /^Ещё 3 отказа случились, пока 401 Doctor перезапускался/);
    expect(await popup.axe(`missed only on the current page, ${lang}`)).toEqual([]);
    await popup.close();
  }
  await page.close();
});
