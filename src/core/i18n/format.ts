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

/** The catalogue's own language tag (src/locales/<lang>/i18n.json): it picks the plural rules. */
export const LOCALE_ID = 'i18n_locale';

const pluralRules = new Map<string, Intl.PluralRules>();

function rulesFor(tag: string): Intl.PluralRules {
  let r = pluralRules.get(tag);
  if (!r) {
    try {
      r = new Intl.PluralRules(tag);
    } catch {
      r = new Intl.PluralRules('en');
    }
    pluralRules.set(tag, r);
  }
  return r;
}

/**
 * A plural block, `{$N|=0:just now|one:# minute ago|few:# минуты|many:# минут|other:# minutes ago}`:
 * substitution N picks the form, an exact `=n` first, else its CLDR category in the catalogue's
 * language (Intl.PluralRules: English one/other, Russian one/few/many/other), else `other`; `#`
 * in the form is the number as given. Forms hold no braces and no `|`.
 */
const TOKEN = /\{\$([1-9])\|([^{}]*)\}|\$(\$|[1-9])/g;

function pluralForm(forms: string, value: string | undefined, tag: string): string {
  const options = forms.split('|').map((f) => {
    const colon = f.indexOf(':');
    return colon < 0 ? { key: 'other', text: f } : { key: f.slice(0, colon).trim(), text: f.slice(colon + 1) };
  });
  const n = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  const pick = (key: string) => options.find((o) => o.key === key);
  const chosen = (Number.isFinite(n) ? (pick(`=${n}`) ?? pick(rulesFor(tag).select(n))) : undefined) ?? pick('other') ?? options[0];
  return chosen?.text ?? '';
}

/**
 * Never throws: an unknown id comes back as the id itself (visible in tests and screenshots,
 * never a blank), "$$" is a literal dollar, and a missing substitution becomes empty. One pass
 * over the catalogue's text: a substituted value is never read again for $n or a plural block.
 */
export function formatMessage(catalog: Catalog, message: Message): string {
  const entry = Object.prototype.hasOwnProperty.call(catalog, message.id) ? catalog[message.id] : undefined;
  if (!entry) return message.id;
  const subs = message.subs ?? [];
  const tag = Object.prototype.hasOwnProperty.call(catalog, LOCALE_ID) ? (catalog[LOCALE_ID]?.message ?? 'en') : 'en';
  const sub = (d: string): string => subs[Number(d) - 1] ?? '';
  return entry.message.replace(TOKEN, (_m, pd: string | undefined, forms: string | undefined, d: string | undefined) => {
    if (pd !== undefined) {
      const value = subs[Number(pd) - 1];
      return pluralForm(forms ?? '', value, tag).replace(/\$(\$|[1-9])|#/g, (t: string, dd: string | undefined) => (t === '#' ? (value ?? '') : dd === '$' ? '$' : sub(dd ?? '')));
    }
    return d === '$' ? '$' : sub(d ?? '');
  });
}

/** formatMessage bound to one catalogue: takes a Message, or an id and its substitutions. */
export type Translate = (message: Message | string, ...subs: string[]) => string;

export function translator(catalog: Catalog): Translate {
  return (message, ...subs) => formatMessage(catalog, typeof message === 'string' ? { id: message, subs } : message);
}
