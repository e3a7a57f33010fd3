// Parses and explains one authentication field (WWW-Authenticate or Proxy-Authenticate), keeping
// the parser's syntax errors apart from the schemes' semantic problems, as the popup shows them.
import { explainChallenge, parseChallenges } from '../core/index.ts';
import type { Challenge, ChallengeExplanation, ParseIssue } from '../core/index.ts';

export type FieldName = 'WWW-Authenticate' | 'Proxy-Authenticate';

export interface ChallengeAnalysis {
  challenge: Challenge;
  explanation: ChallengeExplanation;
}

export interface FieldAnalysis {
  field: FieldName;
  /** The field lines as received (or as given to explain). */
  lines: string[];
  challenges: ChallengeAnalysis[];
  errors: ParseIssue[];
}

export function analyseField(field: FieldName, lines: readonly string[]): FieldAnalysis {
  const { challenges, errors } = parseChallenges(lines);
  return {
    field,
    lines: [...lines],
    challenges: challenges.map((challenge) => ({ challenge, explanation: explainChallenge(challenge) })),
    errors,
  };
}

/** True when the field breaks the grammar or a scheme's rules. */
export function isFaulty(a: FieldAnalysis): boolean {
  return a.errors.length > 0 || a.challenges.some((c) => c.explanation.problems.length > 0);
}

/**
 * Lets explain take a line pasted from `curl -i` or a log: "WWW-Authenticate: Basic realm=x".
 * An auth-scheme never ends in a colon, so the prefix cannot be mistaken for one.
 */
export function splitFieldLine(line: string): { field: FieldName; value: string } {
  const m = /^\s*(www-authenticate|proxy-authenticate)\s*:/i.exec(line);
  if (!m) return { field: 'WWW-Authenticate', value: line };
  const field: FieldName = m[1]!.toLowerCase() === 'proxy-authenticate' ? 'Proxy-Authenticate' : 'WWW-Authenticate';
  // The whitespace after the colon is not part of the value (RFC 9110 §5.5).
  return { field, value: line.slice(m[0].length).replace(/^[ \t]+/, '') };
}
