// Texts are written per area (src/locales/<lang>/<area>.json, one owner each) and merged here into
// the single _locales/<lang>/messages.json that browsers read. A duplicate id across areas or a
// malformed id is a build error, not a silent overwrite.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, CatalogEntry } from '../src/core/i18n/format.ts';

export const LOCALES_DIR = new URL('../src/locales/', import.meta.url).pathname;
const ID = /^[A-Za-z0-9_]+$/;

export function localeNames(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Merges every area file of one language; throws with the file and id at fault. */
export function mergeLocale(lang: string, dir = LOCALES_DIR): Record<string, CatalogEntry> {
  const merged: Record<string, CatalogEntry> = {};
  const from: Record<string, string> = {};
  const files = readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const path = join(dir, lang, file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${path}: expected an object of messages`);
    for (const [id, entry] of Object.entries(parsed as Record<string, unknown>)) {
      if (!ID.test(id)) throw new Error(`${path}: message id "${id}" may only hold letters, digits and _`);
      const e = entry as { message?: unknown; description?: unknown };
      if (typeof e !== 'object' || e === null || typeof e.message !== 'string' || e.message === '') {
        throw new Error(`${path}: "${id}" needs a non-empty "message" string`);
      }
      if (id in merged) throw new Error(`${path}: "${id}" is already defined in ${from[id]}`);
      merged[id] = typeof e.description === 'string' ? { message: e.message, description: e.description } : { message: e.message };
      from[id] = path;
    }
  }
  return merged;
}

export function mergeAllLocales(dir = LOCALES_DIR): Record<string, Catalog> {
  return Object.fromEntries(localeNames(dir).map((lang) => [lang, mergeLocale(lang, dir)]));
}
