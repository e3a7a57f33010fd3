// Every text the popup shows exists in every language: its own ids (popup.json) and the ids it
// builds for texts other areas own (cause titles and summaries, step titles and texts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeAllLocales } from '../../../build/locales.ts';
import { CAUSE_IDS, STEP_IDS } from '../../../src/core/diagnosis/types.ts';
import { causeSummary, causeTitle, confidenceText, stepText, stepTitle } from '../../../src/popup/logic/text-ids.ts';

const catalogs = mergeAllLocales();
const popupDir = new URL('../../../src/popup/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [readFileSync(join(dir, d.name), 'utf8')] : [],
  );
}

describe('popup texts', () => {
  const used = new Set(sources(popupDir).flatMap((src) => [...src.matchAll(/'(popup_[a-z0-9_]+)'/g)].map((m) => m[1]!)));

  it('finds the ids the popup uses', () => {
    expect(used.size).toBeGreaterThan(40);
  });

  it.each(['en', 'ru'])('every id the popup names exists in %s', (lang) => {
    const catalog = catalogs[lang]!;
    const built = [
      ...CAUSE_IDS.flatMap((c) => [causeTitle(c), causeSummary(c)]),
      ...STEP_IDS.flatMap((s) => [stepTitle(s), stepText(s)]),
      ...(['high', 'medium', 'low'] as const).map(confidenceText),
    ];
    expect([...used, ...built].filter((id) => !(id in catalog))).toEqual([]);
  });

  it.each(['en', 'ru'])('names in %s the request types the capture records', (lang) => {
    // The types capture listens for (issue 12's filter) are the ones a refused row can show.
    const types = ['main_frame', 'sub_frame', 'xmlhttprequest', 'other'];
    expect(types.filter((ty) => !catalogs[lang]![`type_${ty}`]?.message)).toEqual([]);
    expect(catalogs[lang]!.type_main_frame!.message).not.toMatch(/_/);
  });

  it('has no popup_ id nobody uses', () => {
    const own = Object.keys(JSON.parse(readFileSync(new URL('../../../src/locales/en/popup.json', import.meta.url), 'utf8')) as object);
    // Built from data: the confidence levels, and the browser's request types (RequestsList).
    const dynamic = /^(popup_confidence_|type_)/;
    expect(own.filter((id) => !used.has(id) && !dynamic.test(id))).toEqual([]);
  });
});
