// Gathers what the diagnosis reads, fast things first: the first paint needs only the catalogue,
// the tab and the background's record; cookies, extensions and the page probe follow.
import type { InstalledExtension, Os } from '../../core/diagnosis/types.ts';
import type { Catalog, Locale } from '../../core/i18n/format.ts';
import type { TabReply } from '../../core/messages.ts';
import type { PageProbe } from '../../core/observation.ts';
import { getTab } from '../../platform/background-client.ts';
import { listInterfering } from '../../platform/extensions.ts';
import { chooseLocale, loadCatalog } from '../../platform/i18n.ts';
import { probePage } from '../../platform/probe-page.ts';
import { browserFamily, platformOs, type BrowserFamily } from '../../platform/platform-info.ts';
import { targetTab, type TabInfo } from '../../platform/popup-tabs.ts';
import type { PopupQuery } from '../logic/query.ts';

export interface PopupData {
  locale: Locale;
  catalog: Catalog;
  /** Null when there is no tab to explain (the popup opened without one). */
  tab: TabInfo | null;
  /** Null when the background gave no valid answer. */
  reply: TabReply | null;
  os: Os;
  family: BrowserFamily;
  probe: PageProbe | null;
  extensions: InstalledExtension[] | null;
}

/** Everything the first paint needs, asked for at once: with `?tab=` even the record does not wait for the tab. */
export async function loadFirst(query: PopupQuery): Promise<PopupData> {
  const locale = chooseLocale(query.lang);
  const tabPromise = targetTab(query.tabId);
  const replyPromise = query.tabId !== null ? getTab(query.tabId) : tabPromise.then((t) => (t ? getTab(t.id) : null));
  const [catalog, tab, os, reply] = await Promise.all([loadCatalog(locale), tabPromise, platformOs(), replyPromise]);
  return { locale, catalog, tab, reply: tab ? reply : null, os, family: browserFamily(), probe: null, extensions: null };
}

/** The slower extras; each is optional and a failure leaves it null. */
export async function loadExtras(tab: TabInfo | null): Promise<Pick<PopupData, 'extensions' | 'probe'>> {
  const [extensions, probe] = await Promise.all([listInterfering(), tab ? probePage(tab.id) : null]);
  return { extensions, probe };
}

export async function reloadReply(tab: TabInfo): Promise<TabReply | null> {
  return getTab(tab.id);
}
