// The walk of issue 13 in real Chromium against the 401 lab: the server's own words in the
// headline, the redirect hops, the request types in words, and the parts of the view the lab
// cannot produce yet (a page that loads again, the curl, the folded steps, the new step cards),
// rendered from a view whose fields are set by the test. Every state reached is checked by axe
// in both languages, light and dark, with the folded sections closed and open.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioById } from '../../lab/scenarios/index.ts';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { launchExtension, type ExtensionSession } from './harness/extension.ts';
import { PopupPage } from './pages/popup-page.ts';
import { getTab, refuse } from './popup-helpers.ts';

let lab: Lab;
let s: ExtensionSession;
let ext: Page;
const origin = (host: string) => `http://${host}:${lab.port}`;
const en = JSON.parse(readFileSync(new URL('../../src/locales/en/popup.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const types = JSON.parse(readFileSync(new URL('../../src/locales/en/request-types.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
  s = await launchExtension({ mapHosts: ['*.test'] });
  ext = await s.openPopup();
});
afterAll(async () => {
  await s?.close();
  await lab?.close();
});

describe('the headline card for the owner and the developer', () => {
  it("shows a Bearer server's error and error_description in the headline, as the challenge has them", async () => {
    lab.reset();
    const { page, tabId } = await refuse(s, ext, scenarioById('bearer-invalid-token'), origin('said.test'));
    const popup = await PopupPage.open(s, tabId);
    await popup.setDetails(true);
    const raw = await popup.page.locator('[data-raw-challenge]').innerText();
    const said = popup.page.locator('.headline [data-server-said]');
    expect(await said.locator('code').innerText()).toBe(/error="([^"]+)"/.exec(raw)![1]);
    expect(await said.locator('[data-server-description]').innerText()).toBe(`“${/error_description="([^"]+)"/.exec(raw)![1]}”`);
    // The request type in words, never the browser's raw id.
    const type = popup.page.locator('[data-request] [data-type="xmlhttprequest"]').first();
    expect(await type.innerText()).toBe(capitalised(types.type_xmlhttprequest!.message));
    expect((await popup.page.locator('[data-requests], [data-page]').allInnerTexts()).join('\n')).not.toMatch(/xmlhttprequest|main_frame/);
    expect(await popup.axeEveryWay('bearer-invalid-token en')).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows the hops of a redirect chain with their statuses, ending on the refusal', async () => {
    lab.reset();
    const { page, tabId } = await refuse(s, ext, scenarioById('redirect-into-401'), origin('hops.test'));
    const record = await getTab(ext, tabId);
    const refused = record.record!.current!.observations.find((o) => o.status === 401)!;
    const popup = await PopupPage.open(s, tabId);
    const hops = popup.page.locator('.headline [data-hops] li');
    expect(await hops.count()).toBe(refused.redirectChain.length + 1);
    expect(await hops.last().getAttribute('data-hop-status')).toBe('401');
    expect(await hops.last().innerText()).toContain(new URL(refused.url).pathname);
    expect(await popup.primaryProblems('redirect-into-401 en')).toEqual([]);
    await popup.close();
    await page.close();
  });
});

/** A view as the steps helper's build-view will fill it: offered steps, folded ones, a curl, a recovery. */
function walkPatch(host: string) {
  return {
    steps: ['reload-and-watch', 'contact-network-admin', 'fix-clock', 'allow-site-cookies', 'ask-it-allowlist', 'owner-fix-cors'],
    fallbackSteps: ['flush-dns', 'check-extensions', 'contact-owner'],
    curl: `curl -i 'http://${host}/bearer/invalid-token/api' -H 'Authorization: Bearer <token>'`,
    recovered: { url: `http://${host}/`, time: Date.now() },
  };
}

describe('the walk as the view describes it', () => {
  it.each(['en', 'ru'] as const)('renders the folded list, the curl, the recovery and the new step cards (%s)', async (lang) => {
    lab.reset();
    const app = origin(`walk-${lang}.test`);
    const { page, tabId } = await refuse(s, ext, scenarioById('bearer-invalid-token'), app);
    const patch = walkPatch(new URL(app).host);
    const popup = await PopupPage.openPatched(s, tabId, patch, lang);
    expect(await popup.page.locator('[data-recovered]').isVisible()).toBe(true);
    expect(await popup.offeredSteps()).toEqual(patch.steps);
    // The folded list: one closed <details> after the offered cards, holding the rest in order.
    const folded = popup.page.locator('details[data-section="fallback"]');
    expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await folded.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(patch.fallbackSteps);
    expect(await popup.page.evaluate(() => {
      const cards = document.querySelector('section[aria-labelledby="steps"]')!;
      return Boolean(cards.compareDocumentPosition(document.querySelector('[data-section="fallback"]')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    // reload-and-watch comes first: its button is the one primary, and it says what it will do before the click.
    expect(await popup.primaryProblems(`walk ${lang}`)).toEqual([]);
    expect(await popup.action('reload-and-watch').getAttribute('class')).toBe('primary');
    expect(await popup.card('reload-and-watch').innerText()).toMatch(lang === 'en' ? /Reloads this tab once/ : /обновляет вкладку/);
    // The network administrator gets the report; no security.txt lookup of the site for a proxy's problem.
    expect(await popup.card('contact-network-admin').locator('[data-action="copy-report"]').count()).toBe(1);
    expect(await popup.card('contact-network-admin').locator('[data-control="find-contact"]').count()).toBe(0);
    // Copy as curl copies exactly the command the view carries.
    await popup.setDetails(true);
    await popup.recordClipboard();
    await popup.control('copy-curl').click();
    await expect.poll(() => popup.copied()).toBe(patch.curl);
    expect(await popup.focused()).not.toBe('body');
    expect(await popup.axeEveryWay(`walk ${lang}`)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('reload-and-watch reloads the tab, asks again, and says so where focus lands', async () => {
    lab.reset();
    const app = origin('watch.test');
    const { page, tabId } = await refuse(s, ext, scenarioById('session-forgotten'), app);
    const popup = await PopupPage.openPatched(s, tabId, { steps: ['reload-and-watch', 'clear-site-data'] });
    const status = popup.page.locator('[data-step="reload-and-watch"] [role=status]');
    expect(await status.innerText()).toBe('');
    await Promise.all([page.waitForEvent('load'), popup.action('reload-and-watch').click()]);
    await popup.result('reload-and-watch').waitFor();
    expect(await status.innerText()).toBe(en.popup_reload_watch_done!.message);
    await expect.poll(() => popup.focused()).toMatch(/\[data-result=reload-and-watch\]/);
    expect(await popup.axeEveryWay('after reload-and-watch')).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('keeps focus on something meaningful when "done — still broken?" is pressed by keyboard', async () => {
    lab.reset();
    const { page, tabId } = await refuse(s, ext, scenarioById('basic'), origin('keys-done.test'));
    const popup = await PopupPage.open(s, tabId, 'ru');
    const step = (await popup.offeredSteps())[0]!;
    await popup.control(`done-${step}`).focus();
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => popup.walkStatus().innerText()).toMatch(/Наиболее вероятная причина|Новая наиболее вероятная причина/);
    await expect.poll(() => popup.focused()).toMatch(/^p\[id=walk-status\]/);
    // The next Tab goes on from the announcement into the page, not back to the top.
    await popup.page.keyboard.press('Tab');
    expect(await popup.focused()).not.toBe('body');
    expect(await popup.triedSteps()).toEqual([step]);
    expect([...(await popup.primaryProblems('basic ru after done')), ...(await popup.axeEveryWay('basic ru after done'))]).toEqual([]);
    await popup.close();
    await page.close();
  });
});
