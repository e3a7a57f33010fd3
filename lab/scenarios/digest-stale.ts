import { DIGEST_REALM, digestArea } from '../sites/digest-area.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/digest-stale';

export const digestStale: Scenario = {
  id: 'digest-stale',
  title: 'Digest with a stale nonce',
  description: 'A Digest area whose challenges say stale=true, as a server does when the nonce a client reused has run out.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'digest-stale',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: digestArea({ base, realm: DIGEST_REALM, alwaysStale: true }),
};
