// Puts a parsed challenge next to what is known of its scheme: each parameter's meaning, a note
// on the values that matter, and the semantic problems (kept apart from the parser's syntax errors).
import type { Challenge } from '../challenge/types.ts';
import type { ChallengeExplanation, ParamExplanation } from './types.ts';
import { schemeKnowledge } from './catalog.ts';

export function explainChallenge(c: Challenge): ChallengeExplanation {
  const k = schemeKnowledge(c.scheme);
  const params: ParamExplanation[] = [];
  for (const name of Object.keys(c.params)) {
    const value = c.params[name]!;
    if (k === null) {
      params.push({ name, value, meaning: null, valueNote: null });
      continue;
    }
    const known = Object.prototype.hasOwnProperty.call(k.params, name) ? k.params[name] : undefined;
    const id = k.meaningOf?.(name, c) ?? known ?? null;
    params.push({
      name,
      value,
      meaning: id === null ? null : { id },
      valueNote: k.explainValue?.(name, value, c) ?? null,
    });
  }
  return { scheme: k?.info ?? null, params, problems: k?.problems?.(c) ?? [] };
}
