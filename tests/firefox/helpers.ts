// Shared by the Firefox tests: what the background recorded (through the popup's own message), the
// badge, a lab scenario made to refuse in a real tab, and site data planted and read back per host.
import type { Page } from 'puppeteer-core';
import { submitFormInPage } from '../../lab/prepare.ts';
import type { LabPage, Scenario } from '../../lab/types.ts';
import type { TabReply } from '../../src/core/messages.ts';
import type { Observation } from '../../src/core/observation.ts';
import { wantsWatchedTry, waitForObservation } from '../shared/refusal-record.ts';
import type { FirefoxSession } from './harness/extension.ts';

type Api = {
  runtime: { sendMessage(m: object): Promise<unknown> };
  action: {
    getBadgeText(d: object): Promise<string>;
    getBadgeBackgroundColor(d: object): Promise<number[]>;
    getTitle(d: object): Promise<string>;
  };
};
declare const browser: Api;

export function getTab(s: FirefoxSession, tabId: number): Promise<TabReply> {
  return s.inExtension((id) => browser.runtime.sendMessage({ type: 'get-tab', tabId: id }), tabId) as Promise<TabReply>;
}

export function badgeOf(s: FirefoxSession, tabId: number): Promise<{ text: string; color: number[]; title: string }> {
  return s.inExtension(
    async (id) => ({
      text: await browser.action.getBadgeText({ tabId: id }),
      color: [...(await browser.action.getBadgeBackgroundColor({ tabId: id }))],
      title: await browser.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

export const observationsOf = async (s: FirefoxSession, tabId: number) => (await getTab(s, tabId)).record?.current.observations ?? [];

/** The lab's structural page, over a puppeteer page. */
const labPage = (page: Page): LabPage => ({
  url: () => page.url(),
  goto: (url) => page.goto(url),
  evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
});

/**
 * A new tab on `origin`'s blank page, the scenario's preparation, then its refused request as a
 * navigation, a form post or (fetch scenarios) the page's own script. Authentication prompts are
 * cancelled as a person would, so the 401 page loads. Waits until the refusal is recorded.
 *
 * Capture watches an origin's requests only once it has refused on the tab (docs/architecture.md,
 * "Details on demand"), so the first refusal's request is "not seen". When it was, the refused step
 * runs once more, as the popup's "Reload and watch" step makes a person do, and the helper waits
 * for the refusal whose request was seen. `start` is a direct lab origin the tab opens first (the
 * proxy scenario's own origin answers 407).
 */
export async function refuse(s: FirefoxSession, scenario: Scenario, origin: string, start = origin): Promise<{ page: Page; tabId: number }> {
  const { page, tabId } = await s.newTab();
  await s.cancelAuthPrompts(page);
  await s.navigate(page, `${start}/store/page`);
  if (scenario.prepare) await scenario.prepare(labPage(page), origin);
  const refused = scenario.refused!;
  // Some refusals never finish loading in Firefox (a Digest challenge that always says stale=true
  // is retried without end), so the navigation is not awaited past the refusal being recorded.
  let loaded = false;
  const step = async () => {
    loaded = false;
    if (refused.method === 'POST' && scenario.kind !== 'fetch') {
      if (!page.url().startsWith(origin)) await s.navigate(page, `${origin}/store/page`);
      await page.evaluate(submitFormInPage, { path: refused.path, form: refused.form ?? {} });
      loaded = true;
    }
    if (refused.method === 'GET' || scenario.kind === 'fetch') {
      const target = `${origin}${scenario.kind === 'fetch' ? scenario.path : refused.path}`;
      void s.navigate(page, target).then(
        () => (loaded = true),
        () => (loaded = true),
      );
    }
  };
  const asked = (o: Observation) => new URL(o.url).pathname === refused.path && o.status === refused.status;
  const recorded = (tries: number, match: (o: Observation) => boolean) => waitForObservation(() => getTab(s, tabId), match, tries);
  const settle = async () => {
    for (let i = 0; i < 30 && !loaded; i++) await new Promise((r) => setTimeout(r, 100));
  };
  await step();
  const first = await recorded(150, asked);
  await settle();
  if (wantsWatchedTry(first)) {
    await step();
    await recorded(150, (o) => asked(o) && o.credentials.requestSeen !== false);
    await settle();
  }
  return { page, tabId };
}

/** A cookie and a localStorage entry named `name` on `origin`'s host (a Domain cookie when `domain` is given). */
export async function storeData(s: FirefoxSession, origin: string, name: string, domain?: string): Promise<void> {
  const page = await s.browser.newPage();
  await page.goto(`${origin}/store/set?name=${name}${domain ? `&domain=${domain}` : ''}`);
  await page.waitForSelector('body[data-stored="1"]');
  await page.close();
}

export async function readLocalStorage(s: FirefoxSession, origin: string, key: string): Promise<string | null> {
  const page = await s.browser.newPage();
  await page.goto(`${origin}/store/page`);
  const value = await page.evaluate((k: string) => localStorage.getItem(k), key);
  await page.close();
  return value;
}

/** The cookie names the server receives from `origin` (what the site sees, not what the API lists). */
export async function cookieNames(s: FirefoxSession, origin: string): Promise<string[]> {
  const page = await s.browser.newPage();
  const res = await page.goto(`${origin}/store/cookies`);
  const body = (await res!.json()) as { cookies: string[] };
  await page.close();
  return body.cookies;
}
