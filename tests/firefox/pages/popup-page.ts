// The popup in Firefox as the tests see it, through the same stable hooks as the Chromium page
// object (data-cause in rank order, data-action per step, data-result after an action).
import type { ElementHandle, Page } from 'puppeteer-core';
import type { FirefoxSession } from '../harness/extension.ts';

export class FirefoxPopup {
  private constructor(readonly page: Page) {}

  /** popup.html?tab=<id> opened as a page, once its first diagnosis is on screen and settled. */
  static async open(s: FirefoxSession, tabId: number): Promise<FirefoxPopup> {
    const page = await s.openExtensionPage(`popup.html?tab=${tabId}`);
    await page.waitForSelector('body[data-ready="true"][data-settled="true"]', { timeout: 20_000 });
    return new FirefoxPopup(page);
  }

  causes(): Promise<string[]> {
    return this.page.$$eval('[data-cause]', (els) => els.map((e) => e.getAttribute('data-cause') ?? ''));
  }

  async topCause(): Promise<string | null> {
    return (await this.causes())[0] ?? null;
  }

  text(selector: string): Promise<string> {
    return this.page.$eval(selector, (e) => (e as HTMLElement).innerText);
  }

  has(selector: string): Promise<boolean> {
    return this.page.$(selector).then((h) => h !== null);
  }

  /** Clicks through BiDi input actions: a trusted click, so permission requests see a user gesture. */
  async click(selector: string): Promise<void> {
    const h = (await this.page.waitForSelector(selector, { timeout: 10_000 })) as ElementHandle<Element>;
    await h.click();
  }

  async waitFor(selector: string, timeout = 15_000): Promise<string> {
    await this.page.waitForSelector(selector, { timeout });
    return this.text(selector);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
