// Which language to speak: --lang, else the terminal's (POSIX order: LC_ALL, LC_MESSAGES, LANG).
import { pickLocale, type Catalog, type Locale } from '../core/i18n/format.ts';
import type { Message } from '../core/diagnosis/types.ts';
import { formatMessage } from '../core/i18n/format.ts';

export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return pickLocale(tag ?? null);
}

export type Translate = (m: Message | string, ...subs: string[]) => string;

export function translator(catalog: Catalog): Translate {
  return (m, ...subs) => formatMessage(catalog, typeof m === 'string' ? { id: m, subs } : m);
}
