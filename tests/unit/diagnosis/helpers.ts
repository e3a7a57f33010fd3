// Assertion helpers shared by the cause tests.
import { expect } from 'vitest';
import { diagnose } from '../../../src/core/diagnosis/diagnose.ts';
import type { CauseId, Diagnosis, DiagnosisInput, RankedCause } from '../../../src/core/diagnosis/types.ts';
import { scenariosFor } from './scenarios.ts';

export function causeIn(d: Diagnosis, id: CauseId): RankedCause | undefined {
  return d.causes.find((c) => c.id === id);
}

export function evidenceIds(c: RankedCause | undefined): string[] {
  return (c?.evidence ?? []).map((e) => e.message.id);
}

/** Runs the catalogue scenarios of a cause and checks it ranks first, as a finding. */
export function expectScenariosRankFirst(id: CauseId): void {
  const list = scenariosFor(id);
  expect(list.length, `a scenario for ${id}`).toBeGreaterThan(0);
  for (const s of list) {
    const d = diagnose(s.input);
    expect(d.causes[0]?.id, s.name).toBe(id);
    expect(d.generic, s.name).toBe(false);
    expect(d.headline.id, s.name).toBe(`headline_${id.replace(/-/g, '_')}`);
  }
}

export function run(input: DiagnosisInput): Diagnosis {
  return diagnose(input);
}
