// Which language to speak: --lang, else the terminal's (POSIX order: LC_ALL, LC_MESSAGES, LANG).
import { pickLocale, type Locale } from '../core/i18n/format.ts';

export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return pickLocale(tag ?? null);
}

