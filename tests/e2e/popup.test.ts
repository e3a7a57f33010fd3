// The popup in real Chromium against the 401 lab: for every scenario the expected cause comes
// first, and each one-click action does what its card says — and nothing more.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_TOKEN, LAB_PASSWORD, LAB_USER } from '../../lab/auth/accounts.ts';
import { scenarioById, scenarios } from '../../lab/scenarios/index.ts';
import { GOOD_REPORT } from '../../lab/scenarios/url-typo.ts';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { launchExtension, type ExtensionSession } from './harness/extension.ts';
import { PopupPage } from './pages/popup-page.ts';
import { refuse } from './popup-helpers.ts';
import { cookieNames, readIndexedDb, readLocalStorage, storeData, writeIndexedDb } from './popup-data-helpers.ts';

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

describe('each action does what its card says', () => {
  it('clear-site-data removes the site\'s cookies (partitioned too), storage and cached password, and nothing of another site', async () => {
    lab.reset();
    const app = origin('app.clear.test');
    // The cached Basic password: Chromium replays URL credentials for the same protection space.
    const { page: basicTab } = await s.newTab();
    await basicTab.goto(`http://${LAB_USER}:${LAB_PASSWORD}@app.clear.test:${lab.port}/basic/`);
    await basicTab.goto(`${app}/basic/`);
    expect(await basicTab.locator('h1').innerText()).toMatch(/welcome/i);
    await storeData(s, app, 'host_cookie');
    await storeData(s, origin('other.clear.test'), 'domain_cookie', 'clear.test');
    await storeData(s, origin('keep.test'), 'kept_cookie');
    await writeIndexedDb(s, app);
    await writeIndexedDb(s, origin('keep.test'));
    await ext.evaluate(
      (url) => chrome.cookies.set({ url, name: 'chips', value: 'x', secure: true, sameSite: 'no_restriction', partitionKey: { topLevelSite: 'https://embedder.test' } }),
      'https://app.clear.test/',
    );
    const { page, tabId } = await refuse(s, ext, scenarioById('session-forgotten'), app);
    const popup = await PopupPage.open(s, tabId);
    const card = popup.card('clear-site-data');
    await expect.poll(() => card.getAttribute('data-cookie-count').catch(() => '')).not.toBe('');
    const scope = await card.innerText();
    expect(scope).toContain('clear.test');
    expect(scope).toContain(app);
    await popup.action('clear-site-data').click();
    await popup.result('clear-site-data').waitFor();
    expect(await popup.result('clear-site-data').innerText()).toMatch(/\d+ cookies removed \(1 of them partitioned\)/);

    const left = await ext.evaluate(async () =>
      (await chrome.cookies.getAll({ partitionKey: {} } as chrome.cookies.GetAllDetails)).map((c) => `${c.domain}:${c.name}`),
    );
    expect(left.filter((c) => c.includes('clear.test'))).toEqual([]);
    expect(left).toContain('keep.test:kept_cookie');
    expect(await readLocalStorage(s, app, 'host_cookie')).toBeNull();
    expect(await readLocalStorage(s, origin('keep.test'), 'kept_cookie')).toBe('lab-stored');
    expect(await readIndexedDb(s, app)).toBe(false);
    expect(await readIndexedDb(s, origin('keep.test'))).toBe(true);
    expect(await cookieNames(s, origin('keep.test'))).toEqual(['kept_cookie']);
    // The cached password is gone: the Basic area asks again (headless Chromium fails the navigation).
    const again = await basicTab.goto(`${app}/basic/`).catch(() => null);
    expect(again?.status() ?? 401).toBe(401);
    // And the trap is open: with the stale cookie gone, the login page works again.
    await popup.control('reload-after-clear').click();
    await page.goto(`${app}/session-forgotten/login`);
    expect(await page.locator('form').count()).toBe(1);
    await popup.close();
    await page.close();
    await basicTab.close();
  });

  it('relogin ends on the sign-in page and the user gets in', async () => {
    lab.reset();
    const app = origin('relogin.test');
    const { page, tabId } = await refuse(s, ext, scenarioById('session-expired'), app);
    const popup = await PopupPage.open(s, tabId);
    await popup.action('relogin').click();
    await expect.poll(() => page.url()).toBe(`${app}/session-expired/login`);
    await page.locator('input[name=user]').fill(LAB_USER);
    await page.locator('input[name=password]').fill(LAB_PASSWORD);
    await Promise.all([page.waitForURL(`${app}/session-expired/`), page.locator('form button').click()]);
    expect(await page.locator('body').innerText()).toMatch(/you are signed in/i);
    await popup.close();
    await page.close();
  });

  it('copy-report copies a report that names the refusal and holds no test secret', async () => {
    lab.reset();
    const app = origin('report.test');
    const { page, tabId } = await refuse(s, ext, scenarioById('bearer-invalid-token'), app);
    const popup = await PopupPage.open(s, tabId);
    await popup.recordClipboard();
    await popup.action('copy-report').click();
    await popup.page.getByText('Copied').first().waitFor();
    const copied = (await popup.copied()) ?? '';
    expect(copied).toContain(`${app}/bearer/invalid-token/api`);
    expect(copied).toMatch(/Bearer/);
    for (const secret of [BAD_TOKEN, LAB_PASSWORD, 'lab-stored']) expect(copied).not.toContain(secret);
    expect(await popup.reportText()).toBe(copied);
    await popup.close();
    await page.close();
  });

  it('open-last-working opens the page of the site that worked', async () => {
    lab.reset();
    const app = origin('typo.test');
    const { page, tabId } = await refuse(s, ext, scenarioById('url-typo'), app);
    const popup = await PopupPage.open(s, tabId);
    expect(await popup.page.locator('[data-url] mark').count()).toBeGreaterThan(0);
    await popup.action('open-last-working').click();
    await expect.poll(() => page.url()).toBe(`${app}${GOOD_REPORT}`);
    await popup.close();
    await page.close();
  });

  it('flush-dns copies the command for this OS', async () => {
    lab.reset();
    const { page, tabId } = await refuse(s, ext, scenarioById('basic'), origin('dns.test'));
    const popup = await PopupPage.open(s, tabId);
    const command = await popup.page.locator('[data-dns-command]').innerText();
    expect(command).toMatch(/resolvectl|ipconfig|dscacheutil/);
    await popup.recordClipboard();
    await popup.action('flush-dns').click();
    await popup.page.getByText('Copied').first().waitFor();
    expect(await popup.copied()).toBe(command);
    await popup.close();
    await page.close();
  });
});
