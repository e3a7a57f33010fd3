// From what was seen to ranked causes: build the context once, let every registered cause look at
// it, rank the findings by score (ties in catalogue order), and fall back to the generic order when
// no finding is strong enough. Pure, deterministic given `now`, and it never throws: a cause that
// fails is skipped, and a failure anywhere else still yields the generic answer.
import { FINDING_SCORE, type CauseDefinition } from './cause.ts';
import { CAUSES } from './causes/index.ts';
import { buildContext, hostOf, pickFocus, type DiagnosisContext } from './context.ts';
import { genericCauses } from './generic.ts';
import { headlineFor } from './headline.ts';
import { CAUSE_IDS, type Confidence, type Diagnosis, type DiagnosisInput, type RankedCause, type StepId } from './types.ts';
import type { Observation } from '../observation.ts';

function run(cause: CauseDefinition, ctx: DiagnosisContext): RankedCause | null {
  try {
    const f = cause.detect(ctx);
    if (!f || !(f.score > 0) || f.evidence.length === 0) return null;
    return { id: cause.id, confidence: f.confidence, score: f.score, evidence: f.evidence, steps: [...(f.steps ?? cause.steps)] };
  } catch {
    return null;
  }
}

const SURENESS: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };
const BY_SURENESS: readonly Confidence[] = ['low', 'medium', 'high'];

/**
 * By score (ties in catalogue order), then no cause is shown surer than one ranked above it
 * (issue 11 §3): each cause judges its own signs, but a stronger explanation beside it makes it
 * less certain, never more. So a "high" below a "medium" becomes "medium"; the order stays.
 */
function rank(found: RankedCause[]): RankedCause[] {
  const sorted = found.sort((a, b) => b.score - a.score || CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id));
  let cap = SURENESS.high;
  return sorted.map((c) => {
    cap = Math.min(cap, SURENESS[c.confidence]);
    return SURENESS[c.confidence] > cap ? { ...c, confidence: BY_SURENESS[cap]! } : c;
  });
}

function assemble(focus: Observation, found: RankedCause[], attempts: ReadonlySet<StepId>): Diagnosis {
  const ranked = rank(found);
  const top = ranked[0];
  const generic = !top || top.score < FINDING_SCORE;
  const causes = generic ? genericCauses(ranked, attempts) : ranked;
  return { focus, causes, generic, headline: headlineFor(hostOf(focus.url), focus.status, causes[0], generic) };
}

export function diagnose(input: DiagnosisInput): Diagnosis {
  let focus: Observation | null = null;
  try {
    focus = pickFocus(input.observations, input.focusId);
    if (!focus) return { focus: null, causes: [], generic: false, headline: headlineFor(null, null, undefined, false) };
    const ctx = buildContext(input, focus);
    const found = CAUSES.map((c) => run(c, ctx)).filter((r): r is RankedCause => r !== null);
    return assemble(focus, found, ctx.attempts);
  } catch {
    // Malformed input the schemas should have caught: still answer, generically.
    const status = typeof focus?.status === 'number' ? focus.status : null;
    if (!focus || status === null) return { focus: null, causes: [], generic: false, headline: headlineFor(null, null, undefined, false) };
    return { focus, causes: genericCauses([]), generic: true, headline: headlineFor(null, status, undefined, true) };
  }
}
