// Every cause of the catalogue is registered once, has its texts in every language and a test
// file of its own; every evidence or headline id the engine can emit exists in the catalogues.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../../src/core/diagnosis/causes/index.ts';
import { CAUSE_IDS, STEP_IDS } from '../../../src/core/diagnosis/types.ts';
import { PRODUCTS } from '../../../src/core/servers/products.ts';
import { IIS_SUBSTATUSES } from '../../../src/core/servers/iis.ts';

const root = new URL('../../../', import.meta.url);
const read = (lang: string, area: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(new URL(`src/locales/${lang}/${area}.json`, root), 'utf8')) as Record<string, { message: string }>;
/** The cause texts live in more than one area (causes.json, causes-real-world.json, …). */
const areas = (lang: string, prefix: string): Record<string, { message: string }> =>
  Object.assign({}, ...readdirSync(new URL(`src/locales/${lang}/`, root)).filter((f) => f.startsWith(prefix) && f.endsWith('.json')).map((f) => read(lang, f.slice(0, -5))));
const key = (id: string) => id.replace(/-/g, '_');

describe('the cause registry', () => {
  it('holds every id of CAUSE_IDS exactly once, in catalogue order', () => {
    expect(CAUSES.map((c) => c.id)).toEqual([...CAUSE_IDS]);
  });

  it.each(['en', 'ru'])('has title, summary, fix and headline for every cause in %s', (lang) => {
    const causes = areas(lang, 'causes');
    for (const id of CAUSE_IDS) {
      for (const part of ['title', 'summary', 'fix']) expect(causes[`cause_${key(id)}_${part}`]?.message, `${lang} ${id} ${part}`).toBeTruthy();
      expect(causes[`headline_${key(id)}`]?.message, `${lang} headline ${id}`).toBeTruthy();
    }
  });

  it('has a test file of its own for every cause, and none for a cause that does not exist', () => {
    for (const id of CAUSE_IDS) expect(existsSync(new URL(`tests/unit/diagnosis/causes/${id}.test.ts`, root)), id).toBe(true);
    const files = readdirSync(new URL('tests/unit/diagnosis/causes/', root)).map((f) => f.replace(/\.test\.ts$/, ''));
    expect(files.filter((f) => !(CAUSE_IDS as readonly string[]).includes(f))).toEqual([]);
  });

  it('has one source file per cause', () => {
    for (const id of CAUSE_IDS) expect(existsSync(new URL(`src/core/diagnosis/causes/${id}.ts`, root)), id).toBe(true);
  });

  it.each(['en', 'ru'])('uses only message ids that exist in %s', (lang) => {
    const all = { ...areas(lang, 'causes'), ...read(lang, 'servers'), ...areas(lang, 'steps') };
    const sources = readdirSync(new URL('src/core/diagnosis/causes/', root)).map((f) => readFileSync(new URL(`src/core/diagnosis/causes/${f}`, root), 'utf8'));
    const ids = sources.flatMap((s) => [...s.matchAll(/ev\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(all[id], id).toBeDefined();
    for (const s of STEP_IDS) for (const part of ['title', 'text']) expect(all[`step_${key(s)}_${part}`], `${s} ${part}`).toBeDefined();
    for (const p of PRODUCTS) expect(all[`server_${p.key}_hint`], p.key).toBeDefined();
    for (const sub of IIS_SUBSTATUSES) expect(all[`server_iis_401_${sub}`], sub).toBeDefined();
  });
});
