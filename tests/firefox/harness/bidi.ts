// The WebDriver BiDi commands puppeteer-core does not wrap the way these tests need them
// (platform-notes.md, "Firefox"): navigating to a moz-extension:// page, whose page.goto never
// resolves, and cancelling HTTP authentication prompts, which hang headless Firefox.
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<{ result: unknown }>;
}

/** puppeteer's BiDi browser exposes its connection; only the BiDi protocol has it. */
export function connectionOf(browser: Browser): BidiConnection {
  const c = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!c) throw new Error('not a WebDriver BiDi session');
  return c;
}

/** The BiDi browsing context id of a page's main frame. */
export function contextOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!id) throw new Error('the page has no BiDi browsing context');
  return id;
}

/** Navigates and waits for the load event, for URLs page.goto cannot wait on (extension pages). */
export async function navigate(browser: Browser, page: Page, url: string): Promise<void> {
  await connectionOf(browser).send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

/**
 * From now on every HTTP authentication prompt of this page is cancelled at once, as a person
 * pressing Cancel would: Firefox then shows the 401 page. Blocked `network.authRequired` events are
 * answered by puppeteer itself, with `cancel` when no credentials were set (bidi/HTTPRequest.js).
 */
export async function cancelAuthPrompts(browser: Browser, page: Page): Promise<void> {
  await connectionOf(browser).send('network.addIntercept', { phases: ['authRequired'], contexts: [contextOf(page)] });
}
