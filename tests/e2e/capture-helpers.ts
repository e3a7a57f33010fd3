// Shared by the capture e2e tests: read what the background recorded through the same message the
// popup sends, and the badge through chrome.action, both from an extension page (the worker's
// Playwright handle goes stale when the worker is stopped; a page does not).
import type { Page } from 'playwright-core';
import type { TabReply } from '../../src/core/messages.ts';
import type { ExtensionSession } from './harness/extension.ts';

export async function extensionPage(s: ExtensionSession): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  return page;
}

export function getTab(ext: Page, tabId: number): Promise<TabReply> {
  return ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab', tabId: id }), tabId) as Promise<TabReply>;
}

export function badgeOf(ext: Page, tabId: number): Promise<{ text: string; color: number[]; title: string }> {
  return ext.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    color: [...(await chrome.action.getBadgeBackgroundColor({ tabId: id }))],
    title: await chrome.action.getTitle({ tabId: id }),
  }), tabId);
}

/** Opens a tab on a 200 page first, so the tab has a known id before anything is refused in it. */
export async function tabAt(s: ExtensionSession, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.context.newPage();
  await page.goto(url);
  return { page, tabId: await s.tabIdOf(page) };
}
