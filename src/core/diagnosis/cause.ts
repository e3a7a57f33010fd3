// What one cause of the catalogue is to the engine: how it reads the context, and what it offers.
import { iisMessageId, type IisSubStatus } from '../servers/iis.ts';
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

/**
 * A cause's running verdict: every sign adds its evidence, and the strongest sign so far sets the
 * score and the confidence (a weaker one never lowers them). Nothing scored means nothing seen.
 */
export interface Findings {
  /** One sign: raises the score to `score` with `confidence` when it beats the best so far. */
  add(score: number, confidence: Confidence, ...evidence: Evidence[]): void;
  /** Evidence that backs the finding without a score of its own. */
  note(...evidence: Evidence[]): void;
  /** Null when no sign scored. */
  result(): Finding | null;
}

export function findings(): Findings {
  const evidence: Evidence[] = [];
  let score = 0;
  let confidence: Confidence = 'low';
  return {
    add(s, c, ...e) {
      if (s > score) {
        score = s;
        confidence = c;
      }
      evidence.push(...e);
    },
    note(...e) {
      evidence.push(...e);
    },
    result: () => (score === 0 ? null : { score, confidence, evidence }),
  };
}

/** The evidence of an IIS sub-status read from the error page, when it is one of `subs`. */
export function iisEvidence(ctx: DiagnosisContext, subs: readonly IisSubStatus[]): Evidence | null {
  const sub = ctx.server.iis;
  return sub !== null && subs.includes(sub) ? ev(iisMessageId(sub), [], ctx.focus.id) : null;
}
