// The registry: every cause of the catalogue, exactly once, in the catalogue's order (which also
// breaks ties in the ranking). The meta test checks it against CAUSE_IDS, the locales and the tests.
import type { CauseDefinition } from '../cause.ts';
import { authDroppedOnRedirect } from './auth-dropped-on-redirect.ts';
import { clientDenied } from './client-denied.ts';
import { clockSkew } from './clock-skew.ts';
import { cookieNotSent } from './cookie-not-sent.ts';
import { corsPreflight } from './cors-preflight.ts';
import { credentialsRejected } from './credentials-rejected.ts';
import { digestStale } from './digest-stale.ts';
import { dns } from './dns.ts';
import { extensionInterference } from './extension-interference.ts';
import { iisLogonFailure } from './iis-logon-failure.ts';
import { missingChallenge } from './missing-challenge.ts';
import { networkRestriction } from './network-restriction.ts';
import { noCredentials } from './no-credentials.ts';
import { notPermitted } from './not-permitted.ts';
import { placeholderToken } from './placeholder-token.ts';
import { proxyAuth } from './proxy-auth.ts';
import { rateLimited } from './rate-limited.ts';
import { schemeMismatch } from './scheme-mismatch.ts';
import { securityPlugin } from './security-plugin.ts';
import { serverFault } from './server-fault.ts';
import { serviceWorker } from './service-worker.ts';
import { sessionExpired } from './session-expired.ts';
import { ssoNotAttempted } from './sso-not-attempted.ts';
import { staleSiteData } from './stale-site-data.ts';
import { stepUpRequired } from './step-up-required.ts';
import { tokenMisconfigured } from './token-misconfigured.ts';
import { urlMistake } from './url-mistake.ts';

export const CAUSES: readonly CauseDefinition[] = [
  noCredentials,
  credentialsRejected,
  staleSiteData,
  urlMistake,
  missingChallenge,
  securityPlugin,
  extensionInterference,
  dns,
  rateLimited,
  clientDenied,
  iisLogonFailure,
  notPermitted,
  digestStale,
  stepUpRequired,
  proxyAuth,
  serverFault,
  sessionExpired,
  networkRestriction,
  corsPreflight,
  cookieNotSent,
  authDroppedOnRedirect,
  clockSkew,
  tokenMisconfigured,
  schemeMismatch,
  placeholderToken,
  ssoNotAttempted,
  serviceWorker,
];
