import { DIGEST_REALM, digestArea } from '../sites/digest-area.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/digest';

export const digest: Scenario = {
  id: 'digest',
  title: 'Digest authentication',
  description: 'A page behind RFC 7616 Digest authentication (SHA-256 and MD5 challenges) that checks the answer for real.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: digestArea({ base, realm: DIGEST_REALM, alwaysStale: false }),
};
