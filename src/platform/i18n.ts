// Loads the merged catalogue of one language from the packaged _locales/<lang>/messages.json, so
// the popup formats texts with core's formatMessage exactly like the CLI does (and can show a
// language other than the browser's: chrome.i18n.getMessage is fixed to the UI language).
import { pickLocale, type Catalog, type CatalogEntry, type Locale } from '../core/i18n/format.ts';
import { browser } from './browser.ts';

/**
 * The catalogue is the extension's own packaged file, checked at build time (build/locales.ts);
 * here only its shape is checked, entry by entry, without a schema library: it holds ~1000
 * entries and the popup's first paint waits for it.
 */
function asCatalog(data: unknown): Catalog {
  if (typeof data !== 'object' || data === null) return {};
  const out: Record<string, CatalogEntry> = {};
  for (const [id, entry] of Object.entries(data as Record<string, unknown>)) {
    const message = (entry as { message?: unknown } | null)?.message;
    if (typeof message === 'string') out[id] = { message };
  }
  return out;
}

/** The `?lang=` override first (tests, demo screenshots), then the browser's UI language. */
export function chooseLocale(override: string | null): Locale {
  return pickLocale(override || browser.i18n.getUILanguage());
}

/** Never rejects: a missing or broken catalogue yields an empty one, and ids show through. */
export async function loadCatalog(lang: Locale): Promise<Catalog> {
  try {
    const res = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
    return asCatalog(await res.json());
  } catch {
    return {};
  }
}
