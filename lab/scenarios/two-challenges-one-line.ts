import { twoChallenges } from '../sites/two-challenges.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/two-challenges/one-line';

export const twoChallengesOneLine: Scenario = {
  id: 'two-challenges-one-line',
  title: 'Two challenges in one header line',
  description: 'A 401 whose single WWW-Authenticate line offers Bearer and then Basic, separated by a comma.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: twoChallenges(base, true),
};
