import { EVERY_HARNESS } from '../harness.ts';
import { forwardUnder } from '../http/forward.ts';
import { REAL } from '../real/paths.ts';
import type { Scenario } from '../types.ts';

const base = REAL.apacheDigest.base;

// Apache's mod_auth_digest offers MD5 only (no SHA-256 of RFC 7616), one challenge with a
// domain and qop="auth"; the lab's own digest scenario keeps the two-algorithm shape.
export const apacheDigest: Scenario = {
  id: 'apache-digest',
  title: 'Apache Digest authentication',
  description: 'A directory behind Apache\'s AuthType Digest (mod_auth_digest), served by a real Apache.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: 'Apache httpd (mod_auth_digest)',
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: forwardUnder(base, 'apache'),
};
