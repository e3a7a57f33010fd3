// Plural forms in the shared formatter (popup, CLI and report): English one/other, Russian
// one/few/many by CLDR (Intl.PluralRules), exact =n forms first ("less than a minute ago").
import { describe, expect, it } from 'vitest';
import { mergeAllLocales } from '../../../build/locales.ts';
import { formatMessage, type Catalog } from '../../../src/core/i18n/format.ts';

const catalogs = mergeAllLocales();
const en = catalogs.en!;
const ru = catalogs.ru!;
const f = (c: Catalog, id: string, ...subs: string[]) => formatMessage(c, { id, subs });

describe('plural blocks', () => {
  const own = (tag: string, message: string): Catalog => ({ i18n_locale: { message: tag }, m: { message } });

  it('picks the CLDR category of the catalogue’s language', () => {
    const ruRows = own('ru', '{$1|one:# файл|few:# файла|many:# файлов|other:# файла}');
    expect(['1', '2', '5', '11', '21', '22', '25', '1.5'].map((n) => f(ruRows, 'm', n))).toEqual([
      '1 файл', '2 файла', '5 файлов', '11 файлов', '21 файл', '22 файла', '25 файлов', '1.5 файла',
    ]);
    const enRows = own('en', '{$1|one:# file|other:# files}');
    expect(['1', '2', '0', '21'].map((n) => f(enRows, 'm', n))).toEqual(['1 file', '2 files', '0 files', '21 files']);
  });

  it('prefers an exact =n form, falls back to other, and never throws on odd input', () => {
    const c = own('en', 'worked {$1|=0:just now|one:# minute ago|other:# minutes ago}');
    expect(f(c, 'm', '0')).toBe('worked just now');
    expect(f(c, 'm', '1')).toBe('worked 1 minute ago');
    expect(f(c, 'm', 'many')).toBe('worked many minutes ago');
    expect(f(c, 'm')).toBe('worked  minutes ago');
    expect(f(own('xx-not-a-tag!', '{$1|one:a|other:b}'), 'm', '1')).toBe('a');
    expect(f({ m: { message: '{$1|one:a|other:b} $$ $2' } }, 'm', '1', 'x')).toBe('a $ x');
  });

  it('never reads a substituted value again', () => {
    const c = own('en', '{$1|one:# item|other:# items} by $2');
    expect(f(c, 'm', '$2', '{$1|one:x}')).toBe('$2 items by {$1|one:x}');
  });
});

describe('counted texts', () => {
  it('say "less than a minute ago" and the right plural of minutes', () => {
    expect(f(en, 'ev_worked_with_same_cookies', '/a', '0')).toBe('The page /a worked less than a minute ago with the same cookies.');
    expect(f(en, 'ev_worked_with_same_cookies', '/a', '1')).toBe('The page /a worked 1 minute ago with the same cookies.');
    expect(f(ru, 'ev_worked_with_same_cookies', '/a', '0')).toBe('Страница /a работала меньше минуты назад с теми же cookie.');
    expect(f(ru, 'ev_worked_with_same_cookies', '/a', '3')).toBe('Страница /a работала 3 минуты назад с теми же cookie.');
    expect(f(ru, 'ev_worked_with_same_cookies', '/a', '5')).toBe('Страница /a работала 5 минут назад с теми же cookie.');
  });

  it('count errors in explain’s summary without "(s)"', () => {
    expect(f(en, 'cli_field_faulty', '1', '2')).toBe('1 syntax error and 2 problems found.');
    expect(f(ru, 'cli_field_faulty', '1', '5')).toBe('Найдено: 1 синтаксическая ошибка, 5 проблем.');
  });

  it('leave no "(s)" plural in any English text', () => {
    expect(Object.entries(en).filter(([, e]) => /\w\(s\)/.test(e.message)).map(([id]) => id)).toEqual([]);
  });

  it('write every plural block with an other form, in every language', () => {
    for (const [lang, c] of Object.entries(catalogs)) {
      const bad = Object.entries(c).filter(([, e]) => [...e.message.matchAll(/\{\$[1-9]\|([^{}]*)\}/g)].some((m) => !/(^|\|)other:/.test(m[1]!)));
      expect(bad.map(([id]) => id), lang).toEqual([]);
      if (lang === 'ru') {
        const noFew = Object.entries(c).filter(([, e]) => /\{\$[1-9]\|/.test(e.message) && !/\|few:/.test(e.message) && /\|many:/.test(e.message));
        expect(noFew.map(([id]) => id)).toEqual([]);
      }
    }
  });
});
