// The tab the popup explains and what it may do to it: find it, reload it, send it elsewhere.
import { browser } from './browser.ts';

export interface TabInfo {
  id: number;
  url: string | null;
}

/** The tab given by `?tab=` (tests open the popup as a page), else the active tab of this window. */
export async function targetTab(requested: number | null): Promise<TabInfo | null> {
  try {
    const tab = requested !== null ? await browser.tabs.get(requested) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (!tab || tab.id === undefined) return null;
    return { id: tab.id, url: tab.url ?? tab.pendingUrl ?? null };
  } catch {
    return null;
  }
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId, { bypassCache: true });
}

export async function navigateTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}

/** Browser pages (chrome://, about:) open in a new tab: a tab may not be navigated to them by update. */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** Resolves once the tab has finished loading (status "complete"), or after `ms` at the latest. */
export function tabLoaded(tabId: number, ms: number): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      done();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') finish();
    };
    const timer = setTimeout(finish, ms);
    browser.tabs.onUpdated.addListener(listener);
  });
}
