// Where the background gets the facts a view is built from, other than its own tab store. Kept as
// an interface so unit tests hand in plain functions; `browserSources` wires the real browser
// through the platform wrappers the popup used before the view moved here.
import type { InstalledExtension, Os, SiteCookie } from '../../core/diagnosis/types.ts';
import type { Catalog, Locale } from '../../core/i18n/format.ts';
import type { PageProbe } from '../../core/observation.ts';
import type { BrowserFamily } from '../../core/view/build-view.ts';
import { browser } from '../../platform/browser.ts';
import { listInterfering } from '../../platform/extensions.ts';
import { loadCatalog } from '../../platform/i18n.ts';
import { browserFamily, platformOs } from '../../platform/platform-info.ts';
import { targetTab } from '../../platform/popup-tabs.ts';
import { probePage } from '../../platform/probe-page.ts';
import { siteCookiesFor } from '../../platform/site-cookies.ts';

export interface ViewSources {
  /** The tab's URL now; null when the tab is gone. */
  tabUrl(tabId: number): Promise<string | null>;
  hostPermission(): Promise<boolean>;
  os(): Promise<Os>;
  family(): BrowserFamily;
  /** The refused page's title and text (scripting; the popup's activeTab grant covers the worker too). */
  probe(tabId: number): Promise<PageProbe | null>;
  /** The cookies the browser holds that could apply to the URL's host, partitioned ones included; never values. */
  siteCookies(url: string): Promise<SiteCookie[] | null>;
  /** Null unless the optional "management" permission was granted. */
  extensions(): Promise<InstalledExtension[] | null>;
  catalog(locale: Locale): Promise<Catalog>;
}

export function browserSources(): ViewSources {
  // The OS and the catalogues do not change while the worker lives: ask once.
  let os: Promise<Os> | null = null;
  const catalogs = new Map<Locale, Promise<Catalog>>();
  return {
    tabUrl: async (tabId) => (await targetTab(tabId))?.url ?? null,
    hostPermission: () => browser.permissions.contains({ origins: ['<all_urls>'] }).catch(() => false),
    os: () => (os ??= platformOs()),
    family: browserFamily,
    probe: (tabId) => probePage(tabId),
    siteCookies: siteCookiesFor,
    extensions: listInterfering,
    catalog(locale) {
      let c = catalogs.get(locale);
      if (!c) {
        c = loadCatalog(locale);
        catalogs.set(locale, c);
        // An empty catalogue means the file could not be read: try again next time.
        void c.then((cat) => Object.keys(cat).length === 0 && catalogs.delete(locale));
      }
      return c;
    },
  };
}
