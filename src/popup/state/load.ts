// What the first paint waits for, asked at once: the catalogue, the tab, and the view the
// background builds (src/core/view). With `?tab=` the view does not even wait for the tab.
import type { Catalog, Locale } from '../../core/i18n/format.ts';
import type { View } from '../../core/view/schema.ts';
import { getView } from '../../platform/background-client.ts';
import { chooseLocale, loadCatalog } from '../../platform/i18n.ts';
import { targetTab, type TabInfo } from '../../platform/popup-tabs.ts';
import type { PopupQuery } from '../logic/query.ts';

export interface PopupData {
  locale: Locale;
  catalog: Catalog;
  /** Null when there is no tab to explain (the popup opened without one). */
  tab: TabInfo | null;
  /** Null when the background gave no valid answer. */
  view: View | null;
}

export async function loadFirst(query: PopupQuery): Promise<PopupData> {
  const locale = chooseLocale(query.lang);
  const tabPromise = targetTab(query.tabId);
  // The fast view: without the page probe, the site's cookies and the extensions (they follow).
  const viewPromise = query.tabId !== null ? getView(query.tabId, null, false) : tabPromise.then((t) => (t ? getView(t.id, null, false) : null));
  const [catalog, tab, view] = await Promise.all([loadCatalog(locale), tabPromise, viewPromise]);
  return { locale, catalog, tab, view: tab ? view : null };
}
