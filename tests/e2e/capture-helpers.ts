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

export interface WorkerControl {
  /** Every runningStatus CDP reported for the extension's worker since the last stop. */
  readonly statuses: string[];
  /** Stops the worker the way DevTools or a crash would, without waiting. */
  stopNow(): Promise<void>;
  /** Stops the worker and waits until CDP reports it stopped. */
  stop(timeoutMs?: number): Promise<void>;
}

/** CDP control of the service worker, from an extension page (platform-notes.md: stopAllWorkers). */
export async function workerControl(s: ExtensionSession, ext: Page): Promise<WorkerControl> {
  const cdp = await s.context.newCDPSession(ext);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const stopNow = async () => {
    statuses.length = 0;
    await cdp.send('ServiceWorker.stopAllWorkers');
  };
  return {
    statuses,
    stopNow,
    async stop(timeoutMs = 5_000) {
      await stopNow();
      for (const deadline = Date.now() + timeoutMs; !statuses.includes('stopped'); ) {
        if (Date.now() > deadline) throw new Error(`the service worker was not seen stopped within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}
