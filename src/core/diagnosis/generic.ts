// When nothing seen points clearly anywhere, the articles' own order of things to try stands:
// check the URL, clear this site's data, sign in again, flush DNS, contact the owner. Each comes
// as the cause it rules out, with the one step that does it, marked low so the popup never
// presents it as a finding.
import { ev } from './cause.ts';
import type { CauseId, RankedCause, StepId } from './types.ts';

export const GENERIC_ORDER: readonly { cause: CauseId; steps: readonly StepId[] }[] = [
  { cause: 'url-mistake', steps: ['check-url'] },
  { cause: 'stale-site-data', steps: ['clear-site-data'] },
  { cause: 'credentials-rejected', steps: ['relogin'] },
  { cause: 'dns', steps: ['flush-dns'] },
  { cause: 'server-fault', steps: ['contact-owner', 'copy-report'] },
];

/**
 * The generic list, folding in what weak findings said about the same causes. Steps the user
 * already tried ("done — still broken?") move to the end, keeping their relative order.
 */
export function genericCauses(weak: readonly RankedCause[], attempts: ReadonlySet<StepId> = new Set()): RankedCause[] {
  const order = [...GENERIC_ORDER.filter((g) => !attempts.has(g.steps[0]!)), ...GENERIC_ORDER.filter((g) => attempts.has(g.steps[0]!))];
  const out: RankedCause[] = order.map((g, i) => {
    const found = weak.find((w) => w.id === g.cause);
    return {
      id: g.cause,
      confidence: 'low',
      score: 20 - i,
      evidence: [...(found?.evidence ?? []), ev('ev_generic_thin')],
      steps: [...g.steps],
    };
  });
  const rest = weak
    .filter((w) => !GENERIC_ORDER.some((g) => g.cause === w.id))
    .map((w, i) => ({ ...w, confidence: 'low' as const, score: Math.min(w.score, 14 - i) }));
  return [...out, ...rest];
}
