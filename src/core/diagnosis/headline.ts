// The one sentence at the top of the popup and of the CLI's output: what happened, and the likely
// cause. When the evidence is thin it says so instead of guessing.
import type { Message, RankedCause, StepId } from './types.ts';

export function causeKey(id: string): string {
  return id.replace(/-/g, '_');
}

export function headlineFor(focusHost: string | null, status: number | null, top: RankedCause | undefined, generic: boolean): Message {
  if (status === null) return { id: 'headline_nothing' };
  const site = focusHost ?? '?';
  if (generic || !top) return { id: 'headline_generic', subs: [site, String(status)] };
  return { id: `headline_${causeKey(top.id)}`, subs: [site] };
}

/** Steps of the ranked causes in order, each once (the view chooses among them by the evidence: src/core/view/step-plan.ts). */
export function orderedSteps(diagnosis: { readonly causes: readonly RankedCause[] }): StepId[] {
  const seen = new Set<string>();
  const out: StepId[] = [];
  for (const c of diagnosis.causes) {
    for (const s of c.steps) {
      if (seen.has(s)) continue;
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}
