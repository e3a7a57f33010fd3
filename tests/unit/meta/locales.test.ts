// Every text exists in every language, with the same substitutions, and the manifest's
// __MSG_…__ references resolve. Russian that is a copy of the English is a missing translation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeNames, mergeAllLocales, mergeLocale } from '../../../build/locales.ts';

const catalogs = mergeAllLocales();
const placeholders = (s: string) => [...s.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();
// Names and codes that read the same in both languages.
const SAME_IN_BOTH = /^(ext_name|.*_(code|command|example|raw|rfc))$/;

describe('locales', () => {
  it('ship English and Russian', () => {
    expect(localeNames()).toEqual(['en', 'ru']);
  });

  it('have the same ids in every language', () => {
    const en = Object.keys(catalogs.en!).sort();
    const ru = Object.keys(catalogs.ru!).sort();
    expect(ru.filter((id) => !en.includes(id))).toEqual([]);
    expect(en.filter((id) => !ru.includes(id))).toEqual([]);
  });

  it('use the same substitutions in every language', () => {
    const mismatched = Object.entries(catalogs.en!)
      .filter(([id, e]) => placeholders(e.message).join() !== placeholders(catalogs.ru![id]?.message ?? '').join())
      .map(([id]) => id);
    expect(mismatched).toEqual([]);
  });

  it('are translated, not copied', () => {
    const copied = Object.entries(catalogs.en!)
      .filter(([id, e]) => !SAME_IN_BOTH.test(id) && /[A-Za-z]{4}/.test(e.message) && catalogs.ru![id]?.message === e.message)
      .map(([id]) => id);
    expect(copied).toEqual([]);
  });

  it('resolve every __MSG_ reference of the manifest', () => {
    const manifest = readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8');
    const ids = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(catalogs.en![id]?.message, id).toBeTruthy();
  });

  it('refuse a malformed catalogue instead of merging it', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', 'a.json'), JSON.stringify({ same: { message: 'A' } }));
    writeFileSync(join(dir, 'en', 'b.json'), JSON.stringify({ same: { message: 'B' } }));
    expect(() => mergeLocale('en', dir)).toThrow(/already defined/);
    writeFileSync(join(dir, 'en', 'b.json'), JSON.stringify({ 'bad-id': { message: 'B' } }));
    expect(() => mergeLocale('en', dir)).toThrow(/letters, digits/);
    writeFileSync(join(dir, 'en', 'b.json'), '{ nope');
    expect(() => mergeLocale('en', dir)).toThrow(/not valid JSON/);
  });
});
