// What one cause of the catalogue is to the engine: how it reads the context, and what it offers.
import type { DiagnosisContext } from './context.ts';
import type { CauseId, Confidence, Evidence, StepId } from './types.ts';

export interface Finding {
  /** 0–100: how strongly the evidence points here. Only the order matters outside the engine. */
  score: number;
  confidence: Confidence;
  /** Never empty: the engine never claims a cause without saying why. */
  evidence: Evidence[];
  /** Overrides the cause's default steps when the evidence calls for another order. */
  steps?: StepId[];
}

export interface CauseDefinition {
  id: CauseId;
  /** The fix steps in the order to try them. */
  steps: readonly StepId[];
  /** Null when nothing seen points to this cause. Must not throw (the engine guards it anyway). */
  detect(ctx: DiagnosisContext): Finding | null;
}

/** Scores at or above this are a finding; below it the diagnosis is marked generic. */
export const FINDING_SCORE = 50;

export function ev(id: string, subs?: readonly string[], observationId?: string): Evidence {
  const e: Evidence = { message: subs && subs.length > 0 ? { id, subs } : { id } };
  if (observationId !== undefined) e.observationId = observationId;
  return e;
}
