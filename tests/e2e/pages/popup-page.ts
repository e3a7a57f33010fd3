// The popup as the tests see it: its stable hooks (data-cause in rank order, data-action per step,
// data-result after an action) behind named methods, so a markup change touches this file only.
import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../harness/extension.ts';

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Opens popup.html?tab=<id> as a page and waits until the first diagnosis is on screen. */
  static async open(s: ExtensionSession, tabId: number, lang?: 'en' | 'ru'): Promise<PopupPage> {
    const page = await s.openPopup(tabId, lang ? { lang } : {});
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

  close(): Promise<void> {
    return this.page.close();
  }
}
