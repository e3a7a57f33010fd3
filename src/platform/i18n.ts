// Loads the merged catalogue of one language from the packaged _locales/<lang>/messages.json, so
// the popup formats texts with core's formatMessage exactly like the CLI does (and can show a
// language other than the browser's: chrome.i18n.getMessage is fixed to the UI language).
import { z } from 'zod/mini';
import { pickLocale, type Catalog, type Locale } from '../core/i18n/format.ts';
import { browser } from './browser.ts';

const CatalogSchema = z.record(z.string(), z.object({ message: z.string(), description: z.optional(z.string()) }));

/** The `?lang=` override first (tests, demo screenshots), then the browser's UI language. */
export function chooseLocale(override: string | null): Locale {
  return pickLocale(override || browser.i18n.getUILanguage());
}

/** Never rejects: a missing or broken catalogue yields an empty one, and ids show through. */
export async function loadCatalog(lang: Locale): Promise<Catalog> {
  try {
    const res = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
    const parsed = CatalogSchema.safeParse(await res.json());
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
