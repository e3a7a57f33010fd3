// Property tests: any list of observations (the optional facts of issues 11 and 12 included) gives a non-empty, well-formed diagnosis and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnosis/diagnose.ts';
import { CAUSE_IDS, STEP_IDS } from '../../../src/core/diagnosis/types.ts';
import { mergeAllLocales } from '../../../build/locales.ts';
import { observation, pageProbe, siteCookie, success } from './arbitraries.ts';
import { NOW } from './factory.ts';

const en = mergeAllLocales().en!;

describe('diagnose, for any input', () => {
  it('never throws and always answers with well-formed, known ids', () => {
    fc.assert(
      fc.property(
        fc.array(observation, { minLength: 1, maxLength: 8 }),
        fc.array(success, { maxLength: 5 }),
        fc.subarray([...STEP_IDS]),
        fc.option(pageProbe),
        fc.option(fc.array(siteCookie, { maxLength: 4 })),
        fc.constantFrom('chromium' as const, 'firefox' as const, null),
        (observations, successes, attempts, probe, siteCookies, family) => {
          const d = diagnose({ observations, successes, attempts, probe, siteCookies, family, now: NOW });
          expect(d.focus).not.toBeNull();
          expect(d.causes.length).toBeGreaterThan(0);
          expect(en[d.headline.id], d.headline.id).toBeDefined();
          const ids = d.causes.map((c) => c.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (let i = 1; i < d.causes.length; i++) expect(d.causes[i]!.score).toBeLessThanOrEqual(d.causes[i - 1]!.score);
          for (const c of d.causes) {
            expect(CAUSE_IDS).toContain(c.id);
            expect(c.evidence.length).toBeGreaterThan(0);
            expect(c.steps.length).toBeGreaterThan(0);
            for (const s of c.steps) expect(STEP_IDS).toContain(s);
            for (const e of c.evidence) expect(en[e.message.id], e.message.id).toBeDefined();
          }
          if (d.generic) expect(d.causes.every((c) => c.confidence === 'low')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
