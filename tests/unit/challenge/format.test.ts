// The canonical form printed for reports.
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../bench/challenge-corpus.ts';
import { formatChallenges, parseChallenges } from '../../../src/core/index.ts';

describe('formatChallenges', () => {
  it.each<[string, string]>([
    ['Basic realm=simple', 'Basic realm="simple"'],
    ['Digest realm="r", algorithm=SHA-256, stale=TRUE, userhash="true", nonce=abc', 'Digest realm="r", algorithm=SHA-256, stale=TRUE, userhash=true, nonce="abc"'],
    ['Basic realm="a \\"b\\" \\\\ c"', 'Basic realm="a \\"b\\" \\\\ c"'],
    ['Negotiate   abc==  ,NTLM', 'Negotiate abc==, NTLM'],
    ['Digest realm="r", algorithm="weird value"', 'Digest realm="r", algorithm="weird value"'],
    ['Bearer realm=""', 'Bearer realm=""'],
  ])('%s → %s', (input, output) => {
    expect(formatChallenges(parseChallenges(input).challenges)).toBe(output);
  });

  it('prints every corpus field back to a field that parses to the same challenges', () => {
    for (const entry of CORPUS) {
      const first = parseChallenges(entry.field).challenges;
      const again = parseChallenges(formatChallenges(first));
      expect(again.errors, entry.source).toEqual([]);
      expect(again.challenges, entry.source).toEqual(first);
    }
  });
});
