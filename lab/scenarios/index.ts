// Every scenario of the lab, in the order the index page lists them. Tests iterate this list, so a
// scenario that is not here does not exist.
import { withPrepare } from '../prepare.ts';
import type { Scenario } from '../types.ts';
import { apacheDigest } from './apache-digest.ts';
import { apache } from './apache.ts';
import { authDroppedOnRedirect } from './auth-dropped-on-redirect.ts';
import { basic } from './basic.ts';
import { bearerExpiredToken } from './bearer-expired-token.ts';
import { bearerInsufficientScope } from './bearer-insufficient-scope.ts';
import { bearerInvalidToken } from './bearer-invalid-token.ts';
import { bearerNoToken } from './bearer-no-token.ts';
import { bearerResourceMetadata } from './bearer-resource-metadata.ts';
import { bearerStepUp } from './bearer-step-up.ts';
import { bench300 } from './bench-300.ts';
import { benchFetch } from './bench-fetch.ts';
import { burst } from './burst.ts';
import { clockSkew } from './clock-skew.ts';
import { cookieNotSent } from './cookie-not-sent.ts';
import { corsPreflight } from './cors-preflight.ts';
import { digestStale } from './digest-stale.ts';
import { digest } from './digest.ts';
import { iis4011 } from './iis-401-1.ts';
import { iis4012 } from './iis-401-2.ts';
import { iis4013 } from './iis-401-3.ts';
import { iis401501 } from './iis-401-501.ts';
import { iis401503 } from './iis-401-503.ts';
import { nginx } from './nginx.ts';
import { noChallenge } from './no-challenge.ts';
import { placeholderToken } from './placeholder-token.ts';
import { proxy407 } from './proxy-407.ts';
import { redirectInto401 } from './redirect-into-401.ts';
import { schemeMismatch } from './scheme-mismatch.ts';
import { serverFault } from './server-fault.ts';
import { serviceWorker } from './service-worker.ts';
import { sessionExpired } from './session-expired.ts';
import { sessionForgotten } from './session-forgotten.ts';
import { ssoNotAttempted } from './sso-not-attempted.ts';
import { tokenMisconfigured } from './token-misconfigured.ts';
import { twoChallengesOneLine } from './two-challenges-one-line.ts';
import { twoChallengesTwoLines } from './two-challenges-two-lines.ts';
import { urlTypo } from './url-typo.ts';
import { wordpress } from './wordpress.ts';

export const scenarios: readonly Scenario[] = [
  basic,
  digest,
  digestStale,
  twoChallengesOneLine,
  twoChallengesTwoLines,
  noChallenge,
  nginx,
  apache,
  apacheDigest,
  bearerNoToken,
  bearerInvalidToken,
  bearerExpiredToken,
  bearerInsufficientScope,
  bearerStepUp,
  bearerResourceMetadata,
  sessionExpired,
  sessionForgotten,
  redirectInto401,
  urlTypo,
  iis4011,
  iis4012,
  iis4013,
  iis401501,
  iis401503,
  wordpress,
  burst,
  serverFault,
  proxy407,
  corsPreflight,
  cookieNotSent,
  authDroppedOnRedirect,
  clockSkew,
  tokenMisconfigured,
  schemeMismatch,
  placeholderToken,
  ssoNotAttempted,
  serviceWorker,
  bench300,
  benchFetch,
].map(withPrepare);

export function scenarioById(id: string): Scenario {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no lab scenario "${id}"`);
  return found;
}
