import { EVERY_HARNESS } from '../harness.ts';
import { forwardUnder } from '../http/forward.ts';
import { REAL } from '../real/paths.ts';
import type { Scenario } from '../types.ts';

const base = REAL.sso.base;

// Debian's Apache with mod_auth_gssapi (libapache2-mod-auth-gssapi), as an intranet sets up Kerberos
// single sign-on. It offers Negotiate and nothing else; with no KDC, no ticket and the host in no
// allow-list, a browser sends nothing back.
export const ssoNotAttempted: Scenario = {
  id: 'sso-not-attempted',
  title: 'Windows / Kerberos sign-on the browser does not try',
  description: 'An intranet page behind Apache\'s mod_auth_gssapi that offers only Negotiate, which the browser does not attempt.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: 'Apache httpd + mod_auth_gssapi',
  expectedCause: 'sso-not-attempted',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: forwardUnder(base, 'apache'),
};
