// What the lab's Express apps (node-apps.mjs) serve, and how the lab starts them: one child for
// the APIs of cors-preflight, token-misconfigured, auth-dropped-on-redirect, placeholder-token, the
// four RFC 6750 bearer-* scenarios and the app behind nginx's scheme-mismatch; one for the
// clock-skew API, with libfaketime preloaded so its clock (and its Date header) runs
// CLOCK_SKEW_S ahead of the machine's.
import { resolve } from 'node:path';
import { JWT_ALG, JWT_SECRET, LAB_AUDIENCE, LAB_ISSUER, OTHER_AUDIENCE } from '../auth/jwt.ts';
import { REAL } from './paths.ts';
import { BINARIES, type StartSpec } from './process.ts';

/** How far ahead the clock-skew API's clock runs, in seconds. */
export const CLOCK_SKEW_S = 10 * 60;

type Chain = 'bearer-then-cors' | 'cors-then-bearer' | 'bearer-other-audience' | 'bearer' | 'bearer-scope' | 'express-jwt';

const PLAIN: readonly { path: string; chain: Chain }[] = [
  // The mistake of the scenario: the auth layer runs before cors(), so the preflight (which never
  // carries credentials, Fetch standard §4.8 "CORS-preflight fetch") is refused before cors() answers it.
  { path: `${REAL.corsPreflight.base}/api`, chain: 'bearer-then-cors' },
  // Set up for another API's audience: every token of the lab's issuer is refused.
  { path: `${REAL.tokenMisconfigured.base}/api`, chain: 'bearer-other-audience' },
  // Where the 307 leads: CORS is right here and the token would be accepted, but it never arrives.
  { path: `${REAL.authDropped.moved}/api`, chain: 'cors-then-bearer' },
  { path: `${REAL.placeholderToken.base}/api`, chain: 'express-jwt' },
  // The staging app behind nginx: it would take the page's Bearer token, if nginx let it through.
  { path: `${REAL.schemeMismatch.base}/api`, chain: 'bearer' },
  // RFC 6750 §3.1 as the library answers it: no token, a forged one, an expired one, and a good
  // token without the scope this API requires (requiredScopes).
  { path: `${REAL.bearerNoToken.base}/api`, chain: 'bearer' },
  { path: `${REAL.bearerInvalidToken.base}/api`, chain: 'bearer' },
  { path: `${REAL.bearerExpiredToken.base}/api`, chain: 'bearer' },
  { path: `${REAL.bearerInsufficientScope.base}/api`, chain: 'bearer-scope' },
];

const SKEWED: typeof PLAIN = [{ path: `${REAL.clockSkew.base}/api`, chain: 'bearer' }];

const SCRIPT = resolve(import.meta.dirname, 'node-apps.mjs');
const ROOT = resolve(import.meta.dirname, '../..');

export function nodeAppsSpec(port: number, role: 'plain' | 'skewed'): StartSpec {
  const settings = {
    secret: JWT_SECRET,
    alg: JWT_ALG,
    issuer: LAB_ISSUER,
    audience: LAB_AUDIENCE,
    otherAudience: OTHER_AUDIENCE,
    requiredScope: REAL.bearerInsufficientScope.scope,
    apis: role === 'plain' ? PLAIN : SKEWED,
  };
  return {
    name: `express (${role})`,
    command: process.execPath,
    args: [SCRIPT, String(port), JSON.stringify(settings)],
    // What the faketime command does (preload libfaketime, FAKETIME="+600s"), done here so node
    // stays the lab's own child. Only the wall clock moves; monotonic time stays real for timers.
    env: role === 'skewed' ? { LD_PRELOAD: BINARIES.faketime.path, FAKETIME: `+${CLOCK_SKEW_S}s`, FAKETIME_DONT_FAKE_MONOTONIC: '1' } : {},
    cwd: ROOT,
    port,
    log: 'its stderr',
  };
}
