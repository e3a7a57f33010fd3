import { EVERY_HARNESS } from '../harness.ts';
import { forwardUnder } from '../http/forward.ts';
import { REAL } from '../real/paths.ts';
import type { Scenario } from '../types.ts';

const base = REAL.apacheBasic.base;

// Debian's Apache httpd answers: AuthType Basic over the lab's htpasswd (lab/real/apache.ts).
export const apache: Scenario = {
  id: 'apache',
  title: 'Apache "401 Unauthorized"',
  description: 'The page Apache httpd shows for a directory behind AuthType Basic, served by a real Apache.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: 'Apache httpd (mod_auth_basic)',
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: forwardUnder(base, 'apache'),
};
