// Evidence ids for what a server's wording says about a token (see ../server-words.ts).
import { ev } from './cause.ts';
import { GENERIC_WORDS, type TokenProblem, type WordingMatch } from './server-words.ts';
import type { Evidence } from './types.ts';

export function wordsEvidenceId(problem: TokenProblem): string {
  return `ev_words_${problem.replace(/-/g, '_')}`;
}

/** Sources of the wordings no library owns: internal names, never shown ("as generic words it"). */
const UNNAMED = new Set(GENERIC_WORDS.map((r) => r.source));

/**
 * The evidence of a wording match: "(as jsonwebtoken words it)" names the library; a wording no
 * library owns gets the sentence without a name (id ev_words_<problem>_plain, no substitution).
 */
export function wordsEvidence(match: WordingMatch, observationId?: string): Evidence {
  const id = wordsEvidenceId(match.problem);
  return UNNAMED.has(match.source) ? ev(`${id}_plain`, [], observationId) : ev(id, [match.source], observationId);
}
