import { EVERY_HARNESS } from '../harness.ts';
import { forwardUnder } from '../http/forward.ts';
import { REAL } from '../real/paths.ts';
import type { Scenario } from '../types.ts';

const base = REAL.nginx.base;

// Debian's nginx answers: auth_basic with the lab's htpasswd (lab/real/nginx.ts), its own page.
export const nginx: Scenario = {
  id: 'nginx',
  title: 'nginx "401 Authorization Required"',
  description: 'The plain page nginx shows for a location behind auth_basic, served by a real nginx.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: 'nginx',
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: forwardUnder(base, 'nginx'),
};
