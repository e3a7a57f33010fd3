// Evidence ids for what a server's wording says about a token (see ../server-words.ts).
import type { TokenProblem } from './server-words.ts';

export function wordsEvidenceId(problem: TokenProblem): string {
  return `ev_words_${problem.replace(/-/g, '_')}`;
}
