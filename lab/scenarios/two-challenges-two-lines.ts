import { twoChallenges } from '../sites/two-challenges.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/two-challenges/two-lines';

export const twoChallengesTwoLines: Scenario = {
  id: 'two-challenges-two-lines',
  title: 'Two challenges in two header lines',
  description: 'A 401 with two WWW-Authenticate lines, one offering Bearer and one offering Basic.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: twoChallenges(base, false),
};
