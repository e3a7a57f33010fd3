// Why there may be nothing to show: pages no extension can watch get their own calm message, so
// the popup never looks broken on chrome://, the web store, file:// or a new tab.
export type PageKind = 'web' | 'browser-page' | 'web-store' | 'file' | 'new-tab' | 'unknown';

const STORES = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
const NEW_TAB = /^(chrome:\/\/newtab|chrome-search:\/\/|about:(newtab|home|blank)|edge:\/\/newtab)/;

export function pageKind(url: string | null): PageKind {
  if (!url) return 'unknown';
  if (NEW_TAB.test(url)) return 'new-tab';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  // Browsers forbid extensions to see requests of their own stores.
  if (STORES.includes(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return 'web-store';
  }
  return 'web';
}
