// Looks up a message id in a catalogue in the format of _locales/*/messages.json and fills in
// its $1…$9 substitutions, the way chrome.i18n.getMessage does, so the popup (which loads the
// catalogue of the language it shows) and the CLI print the same words.
import type { Message } from '../diagnosis/types.ts';

export interface CatalogEntry {
  message: string;
  description?: string;
}
export type Catalog = Readonly<Record<string, CatalogEntry>>;

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks a supported locale from a BCP 47 tag such as "ru-RU"; English otherwise. */
export function pickLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}

/**
 * Never throws: an unknown id comes back as the id itself (visible in tests and screenshots,
 * never a blank), "$$" is a literal dollar, and a missing substitution becomes empty.
 */
export function formatMessage(catalog: Catalog, message: Message): string {
  const entry = Object.prototype.hasOwnProperty.call(catalog, message.id) ? catalog[message.id] : undefined;
  if (!entry) return message.id;
  const subs = message.subs ?? [];
  return entry.message.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** formatMessage bound to one catalogue: takes a Message, or an id and its substitutions. */
export type Translate = (message: Message | string, ...subs: string[]) => string;

export function translator(catalog: Catalog): Translate {
  return (message, ...subs) => formatMessage(catalog, typeof message === 'string' ? { id: message, subs } : message);
}
