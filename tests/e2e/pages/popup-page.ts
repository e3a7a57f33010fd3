// The popup as the tests see it: its stable hooks (data-cause in rank order, data-action per step,
// data-result after an action) behind named methods, so a markup change touches this file only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../harness/extension.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | null = null;

/** One axe finding, short enough to read in a failed assertion: rule, impact and where. */
export interface AxeFinding {
  state: string;
  rule: string;
  impact: string | null;
  targets: string[];
}

type AxeResults = { violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> }> };

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Opens popup.html?tab=<id> as a page and waits until the first diagnosis is on screen. */
  static async open(s: ExtensionSession, tabId: number, lang?: 'en' | 'ru'): Promise<PopupPage> {
    const page = await s.openPopup(tabId, lang ? { lang } : {});
    await page.setViewportSize({ width: 380, height: 600 });
    await page.locator('body[data-ready="true"][data-settled="true"]').waitFor({ timeout: 15_000 });
    return new PopupPage(page);
  }

  /**
   * The popup with some fields of every view the background sends replaced (`patch`), for the
   * parts of the view this test cannot make real in the lab yet (a recovered page, the curl, the
   * folded steps): the popup still parses the patched view with its schema and renders it whole.
   */
  static async openPatched(s: ExtensionSession, tabId: number, patch: Record<string, unknown>, lang: 'en' | 'ru' = 'en'): Promise<PopupPage> {
    const page = await s.context.newPage();
    await page.addInitScript((fields: Record<string, unknown>) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb?: (r: unknown) => void): unknown } } }).chrome.runtime;
      const send = runtime.sendMessage.bind(runtime);
      const patchReply = (m: unknown, r: unknown) => ((m as { type?: string }).type === 'view' && r && typeof r === 'object' ? { ...r, ...fields } : r);
      runtime.sendMessage = (m, cb) => (cb ? send(m, (r: unknown) => cb(patchReply(m, r))) : (send(m) as Promise<unknown>).then((r) => patchReply(m, r)));
    }, patch);
    await page.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}&lang=${lang}`);
    await page.setViewportSize({ width: 380, height: 600 });
    await page.locator('body[data-ready="true"][data-settled="true"]').waitFor({ timeout: 15_000 });
    return new PopupPage(page);
  }

  causes(): Promise<string[]> {
    return this.page.locator('[data-cause]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cause') ?? ''));
  }

  async topCause(): Promise<string | null> {
    return (await this.causes())[0] ?? null;
  }

  headline(): Promise<string> {
    return this.page.locator('#headline').innerText();
  }

  steps(): Promise<string[]> {
    return this.page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step') ?? ''));
  }

  action(id: string): Locator {
    return this.page.locator(`[data-action="${id}"]`);
  }

  control(id: string): Locator {
    return this.page.locator(`[data-control="${id}"]`);
  }

  result(id: string): Locator {
    return this.page.locator(`[data-result="${id}"]`);
  }

  /** The card of a step: its scope text is there before any click. */
  card(step: string): Locator {
    return this.page.locator(`[data-step="${step}"]`);
  }

  async reportText(): Promise<string> {
    await this.control('show-report').click();
    return this.page.locator('[data-report]').innerText();
  }

  /**
   * Headless Chromium will not grant clipboard-read to an extension page, so the page's
   * clipboard write is recorded instead: the text the popup hands to the clipboard is what a user pastes.
   */
  async recordClipboard(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __copied: string | null };
      w.__copied = null;
      navigator.clipboard.writeText = async (text: string) => {
        w.__copied = text;
      };
    });
  }

  copied(): Promise<string | null> {
    return this.page.evaluate(() => (window as unknown as { __copied: string | null }).__copied);
  }

  /** Opens the list of refused requests (open already when it holds more than one). */
  async requests(): Promise<Locator> {
    await this.page.locator('[data-section="requests"]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    return this.page.locator('[data-request]');
  }

  emptyState(): Locator {
    return this.page.locator('[data-state="empty"]');
  }

  /**
   * Milliseconds from the popup's navigation start to the diagnosis in the DOM (`diagnosed`) and
   * on screen (`painted`), and from the moment the popup's script starts (`fromScript`: what the
   * popup's own code spends asking the browser, diagnosing and rendering; loading the page and its
   * scripts comes before it).
   */
  renderTimes(): Promise<{ diagnosed: number; painted: number; fromScript: number }> {
    return this.page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return { diagnosed: at('popup-diagnosed'), painted: at('popup-painted'), fromScript: at('popup-diagnosed') - at('popup-script') };
    });
  }

  /** True when nothing is wider than the popup (no horizontal scroll). */
  fitsWidth(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  }

  /**
   * axe-core's WCAG 2.x A/AA rules and best practices over the popup as it is now; `state` names
   * the moment in a failed assertion ("bearer en dark, details open"). Empty means 0 violations.
   */
  async axe(state: string): Promise<AxeFinding[]> {
    if (!(await this.page.evaluate(() => 'axe' in window))) {
      // page.addScriptTag inserts an inline <script>, which the extension page's CSP refuses (MV3
      // allows only script-src 'self'); the DevTools protocol's evaluate is not subject to it.
      axeSource ??= readFileSync(AXE, 'utf8');
      await this.page.evaluate(axeSource);
    }
    const results = (await this.page.evaluate(() =>
      (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      }),
    )) as AxeResults;
    return results.violations.map((v) => ({ state, rule: v.id, impact: v.impact ?? null, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }

  /**
   * axe over the popup as it is now, every way a person may see it: light and dark, every folded
   * section closed and then open. Leaves it light with the sections open.
   */
  async axeEveryWay(state: string): Promise<AxeFinding[]> {
    const findings: AxeFinding[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await this.colorScheme(scheme);
      await this.setDetails(false);
      findings.push(...(await this.axe(`${state}, ${scheme}, details closed`)));
      await this.setDetails(true);
      findings.push(...(await this.axe(`${state}, ${scheme}, details open`)));
    }
    await this.colorScheme('light');
    return findings;
  }

  /**
   * One primary action per screen: at most one filled button, it is the first offered card's
   * action when that card has one, and it ends within the first 600 px. Returns what broke.
   */
  async primaryProblems(state: string): Promise<string[]> {
    const problems: string[] = [];
    const count = await this.primaryButtons().count();
    if (count > 1) problems.push(`${state}: ${count} primary buttons`);
    const firstAction = this.page.locator('section[aria-labelledby="steps"] [data-step]').first().locator('button[data-action]').first();
    if ((await firstAction.count()) > 0 && (await firstAction.getAttribute('class')) !== 'primary') problems.push(`${state}: the first card's action is not the primary`);
    const bottom = await this.primaryBottom();
    if (bottom !== null && bottom > 600) problems.push(`${state}: the primary button ends at ${bottom} px`);
    return problems;
  }

  /** Opens (or closes) every folded section and "Why we think so", as a reader exploring would. */
  async setDetails(open: boolean): Promise<void> {
    await this.page.evaluate((o) => document.querySelectorAll('details').forEach((d) => (d.open = o)), open);
  }

  async colorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme });
  }

  /** What holds the keyboard focus: "body" when it was lost, else the element's tag and hooks. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return 'body';
      const hooks = ['id', 'data-action', 'data-control', 'data-result', 'data-walk', 'data-report', 'role'].map((a) => (el.hasAttribute(a) ? `[${a}=${el.getAttribute(a)}]` : ''));
      return `${el.tagName.toLowerCase()}${hooks.join('')}`;
    });
  }

  /** The live region of the walk, there from the start. */
  walkStatus(): Locator {
    return this.page.locator('#walk-status');
  }

  /** Every filled (primary) button on screen. */
  primaryButtons(): Locator {
    return this.page.locator('button.primary');
  }

  /** Where the one primary button ends, in px from the top of the popup; null when there is none. */
  async primaryBottom(): Promise<number | null> {
    if ((await this.primaryButtons().count()) === 0) return null;
    const box = await this.primaryButtons().first().boundingBox();
    return box ? box.y + box.height : null;
  }

  /** Steps shown as tried, in order. */
  triedSteps(): Promise<string[]> {
    return this.page.locator('[data-step][data-tried]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step') ?? ''));
  }

  /** Steps offered: the numbered cards, not the tried ones and not the folded ones. */
  offeredSteps(): Promise<string[]> {
    return this.page.locator('section[aria-labelledby="steps"] [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step') ?? ''));
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
