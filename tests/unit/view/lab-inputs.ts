// What the browser's capture records for each lab scenario (lab/scenarios/index.ts), as the
// engine's input: the refused request with the lab's own challenge strings (imported, so they
// follow the lab), the page's earlier successes and cookies, and the page probe where the popup
// reads the error page. The e2e tests check the same scenarios against real capture.
import { API_REALM, BASIC_REALM } from '../../../lab/auth/accounts.ts';
import { basicChallenge } from '../../../lab/auth/basic.ts';
import { digestChallenge } from '../../../lab/auth/digest.ts';
import { REAL } from '../../../lab/real/paths.ts';
import { CLOCK_SKEW_S } from '../../../lab/real/node-apps.ts';
import { PROXY_REALM } from '../../../lab/real/squid.ts';
import { PEER_SESSION_COOKIE } from '../../../lab/scenarios/cookie-not-sent.ts';
import { BURST_RETRY_AFTER, BURST_SIZE } from '../../../lab/scenarios/burst.ts';
import { MEMBERS_REALM } from '../../../lab/scenarios/redirect-into-401.ts';
import { FAULT_REALM } from '../../../lab/scenarios/server-fault.ts';
import { SESSION_EXPIRED_COOKIE } from '../../../lab/scenarios/session-expired.ts';
import { FORGOTTEN_COOKIE } from '../../../lab/scenarios/session-forgotten.ts';
import { GOOD_REPORT, REPORTS_REALM, TYPO_REPORT } from '../../../lab/scenarios/url-typo.ts';
import { WP_LOGIN } from '../../../lab/scenarios/wordpress.ts';
import { bearerChallenge } from '../../../lab/sites/bearer-api.ts';
import { DIGEST_REALM } from '../../../lab/sites/digest-area.ts';
import { IIS_SERVER, IIS_WINDOWS_CHALLENGES } from '../../../lab/sites/iis-error.ts';
import { SESSION_REALM } from '../../../lab/sites/session-site.ts';
import { TWO_CHALLENGES } from '../../../lab/sites/two-challenges.ts';
import type { DiagnosisInput } from '../../../src/core/diagnosis/types.ts';
import type { Observation } from '../../../src/core/observation.ts';
import { NOW, input, obs, ok, probe, type ObsOverrides } from '../diagnosis/factory.ts';

export const LAB = 'http://site-one.test:8401';
const IP = '127.0.0.1';
/** The other site of the cross-site scenarios (lab/real/paths.ts peerHost). */
const PEER = 'http://peer-site-one.test:8401';

const page = (path: string, over: ObsOverrides = {}): Observation => obs({ url: `${LAB}${path}`, ip: IP, ...over });
const api = (base: string, challenge: string, over: ObsOverrides = {}): Observation =>
  page(`${base}/api`, { type: 'xmlhttprequest', wwwAuthenticate: [challenge], contentType: 'application/json', ...over });
const loaded = (path: string, over: Parameters<typeof ok>[1] = {}) => ok(`${LAB}${path}`, { ip: IP, ...over });
const prompted = (scheme: string, realm: string) => [{ scheme, realm, isProxy: false }];

const DPOP = 'DPoP algs="RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES256K ES384 ES512 EdDSA"';

function bearerInput(base: string, challenge: string, sent: boolean, status = 401): DiagnosisInput {
  return input([api(base, challenge, { status, credentials: sent ? { authorizationScheme: 'Bearer' } : {} })], {
    successes: [loaded(`${base}/`, { time: NOW - 3000 })],
  });
}

function iis(sub: string, challenges: readonly string[]): DiagnosisInput {
  const path = `/iis/401.${sub}/`;
  return input([page(path, { server: IIS_SERVER, wwwAuthenticate: [...challenges] })], {
    probe: probe(`${LAB}${path}`, `IIS 10.0 Detailed Error - 401.${sub} - Unauthorized`, `Server Error in Application "DEFAULT WEB SITE" HTTP Error 401.${sub} - Unauthorized`),
  });
}

const digestLines = (stale: boolean) => [digestChallenge(DIGEST_REALM, 'n1', 'SHA-256', stale), digestChallenge(DIGEST_REALM, 'n1', 'MD5', stale)];

/** Every lab scenario that refuses something, by id. */
export const LAB_INPUTS: Readonly<Record<string, DiagnosisInput>> = {
  basic: input([page('/basic/', { wwwAuthenticate: [basicChallenge(BASIC_REALM)], authRequired: prompted('basic', BASIC_REALM) })]),
  digest: input([page('/digest/', { wwwAuthenticate: digestLines(false), authRequired: prompted('digest', DIGEST_REALM) })]),
  'digest-stale': input([page('/digest-stale/', { wwwAuthenticate: digestLines(true), authRequired: prompted('digest', DIGEST_REALM) })]),
  'two-challenges-one-line': input([page('/two-challenges/one-line/', { wwwAuthenticate: [TWO_CHALLENGES.join(', ')], authRequired: prompted('basic', BASIC_REALM) })]),
  'two-challenges-two-lines': input([page('/two-challenges/two-lines/', { wwwAuthenticate: [...TWO_CHALLENGES], authRequired: prompted('basic', BASIC_REALM) })]),
  'no-challenge': input([page('/no-challenge/', { wwwAuthenticate: [] })], {
    probe: probe(`${LAB}/no-challenge/`, '401 Unauthorized', '401 Unauthorized Access to this page is not allowed.'),
  }),
  // What Debian's nginx 1.22 and Apache 2.4 answer (tests/lab/real-servers.test.ts holds them).
  nginx: input([page('/nginx/', { server: 'nginx/1.22.1', wwwAuthenticate: [`Basic realm="${REAL.nginx.realm}"`], authRequired: prompted('basic', REAL.nginx.realm) })]),
  apache: input([page('/apache/', { server: 'Apache/2.4.71 (Debian)', wwwAuthenticate: [`Basic realm="${REAL.apacheBasic.realm}"`], authRequired: prompted('basic', REAL.apacheBasic.realm) })]),
  // What express-oauth2-jwt-bearer answers (tests/lab/bearer.test.ts holds the lines): each 401 also offers DPoP.
  'bearer-no-token': bearerInput('/bearer/no-token', `Bearer realm="api", ${DPOP}`, false),
  'bearer-invalid-token': bearerInput('/bearer/invalid-token', `Bearer realm="api", error="invalid_token", error_description="signature verification failed", ${DPOP}`, true),
  'bearer-expired-token': bearerInput('/bearer/expired-token', `Bearer realm="api", error="invalid_token", error_description="'exp' claim timestamp check failed", ${DPOP}`, true),
  'bearer-insufficient-scope': bearerInput(
    '/bearer/insufficient-scope',
    'Bearer realm="api", error="insufficient_scope", error_description="Insufficient Scope", scope="lab:admin"',
    true,
    403,
  ),
  'bearer-step-up': bearerInput(
    '/bearer/step-up',
    bearerChallenge({ error: 'insufficient_user_authentication', error_description: 'A stronger and more recent sign-in is required', acr_values: 'urn:lab:acr:mfa', max_age: '300' }),
    true,
  ),
  'bearer-resource-metadata': bearerInput(
    '/bearer/resource-metadata',
    bearerChallenge({ resource_metadata: `${LAB}/.well-known/oauth-protected-resource/bearer/resource-metadata/api` }),
    false,
  ),
  'session-expired': input(
    [page('/session-expired/', { wwwAuthenticate: [`Cookie realm="${SESSION_REALM}", form-action="/session-expired/login", cookie-name="${SESSION_EXPIRED_COOKIE}"`], credentials: { cookieNames: [SESSION_EXPIRED_COOKIE] } })],
    { successes: [loaded('/session-expired/', { time: NOW - 60_000, cookieNames: [SESSION_EXPIRED_COOKIE] })], siteCookieNames: [SESSION_EXPIRED_COOKIE] },
  ),
  'session-forgotten': input(
    [
      page('/session-forgotten/', { time: NOW - 4000, wwwAuthenticate: [`Cookie realm="${SESSION_REALM}", form-action="/session-forgotten/login", cookie-name="${FORGOTTEN_COOKIE}"`], credentials: { cookieNames: [FORGOTTEN_COOKIE] } }),
      page('/session-forgotten/login', { wwwAuthenticate: [`Cookie realm="${SESSION_REALM}", form-action="/session-forgotten/login", cookie-name="${FORGOTTEN_COOKIE}"`], credentials: { cookieNames: [FORGOTTEN_COOKIE] } }),
    ],
    { successes: [loaded('/session-forgotten/', { time: NOW - 60_000, cookieNames: [FORGOTTEN_COOKIE] })], siteCookieNames: [FORGOTTEN_COOKIE] },
  ),
  'redirect-into-401': input([
    page('/members/', { wwwAuthenticate: [basicChallenge(MEMBERS_REALM)], redirectChain: [`${LAB}/moved/members`], authRequired: prompted('basic', MEMBERS_REALM) }),
  ]),
  'url-typo': input([page(TYPO_REPORT, { wwwAuthenticate: [basicChallenge(REPORTS_REALM)], authRequired: prompted('basic', REPORTS_REALM) })], {
    successes: [loaded('/typo/', { time: NOW - 20_000 }), loaded(GOOD_REPORT, { time: NOW - 10_000 })],
  }),
  'iis-401-1': iis('1', IIS_WINDOWS_CHALLENGES),
  'iis-401-2': iis('2', IIS_WINDOWS_CHALLENGES),
  'iis-401-3': iis('3', IIS_WINDOWS_CHALLENGES),
  'iis-401-501': iis('501', []),
  'iis-401-503': iis('503', []),
  wordpress: input([page(WP_LOGIN, { method: 'POST', wwwAuthenticate: [], credentials: { cookieNames: ['wordpress_test_cookie'] } })], {
    successes: [loaded(WP_LOGIN, { time: NOW - 8000 })],
    siteCookieNames: ['wordpress_test_cookie'],
    probe: probe(`${LAB}${WP_LOGIN}`, 'Login blocked — Lab Blog', 'This login was stopped. The security plugin of this site blocked the sign-in attempt. Generated by Wordfence (401 lab imitation)'),
  }),
  burst: input(
    Array.from({ length: BURST_SIZE }, (_, i) =>
      api('/burst', `Bearer realm="${API_REALM}"`, { url: `${LAB}/burst/api/${i + 1}`, time: NOW - 2000 + i * 10, retryAfter: BURST_RETRY_AFTER }),
    ),
    { successes: [loaded('/burst/', { time: NOW - 3000 })] },
  ),
  'server-fault': input([page('/fault/', { wwwAuthenticate: [`Basic realm="${FAULT_REALM}"`], authRequired: prompted('basic', FAULT_REALM) })], {
    successes: [loaded('/fault/', { time: NOW - 30_000 }), loaded('/fault/api/status', { time: NOW - 29_000, type: 'xmlhttprequest' })],
  }),
  'proxy-407': input([
    page('/proxy/', { status: 407, statusLine: 'HTTP/1.1 407 Proxy Authentication Required', wwwAuthenticate: [], proxyAuthenticate: [`Basic realm="${PROXY_REALM}"`], authRequired: [{ scheme: 'basic', realm: PROXY_REALM, isProxy: true }] }),
  ]),
  // The scenarios of issue 11's causes, as capture records them once it watches the origin (the
  // harness repeats a first, unwatched refusal as "Reload and watch" does); strings from the real
  // servers (tests/lab/new-causes.test.ts).
  'apache-digest': input([page(`${REAL.apacheDigest.base}/`, { server: 'Apache/2.4.71 (Debian)', wwwAuthenticate: [`Digest realm="${REAL.apacheDigest.realm}", nonce="n1", algorithm=MD5, qop="auth"`], authRequired: prompted('digest', REAL.apacheDigest.realm) })]),
  'cors-preflight': input([api(REAL.corsPreflight.base, 'Bearer realm="api"', { method: 'OPTIONS', preflight: true, initiator: LAB, topOrigin: LAB })], {
    successes: [loaded(`${REAL.corsPreflight.base}/`, { time: NOW - 3000 })],
  }),
  'cookie-not-sent': input([obs({ url: `${PEER}/cookie-not-sent/api`, ip: IP, type: 'xmlhttprequest', wwwAuthenticate: [`Cookie realm="${PEER_SESSION_COOKIE}"`], initiator: LAB, topOrigin: LAB })], {
    siteCookies: [{ name: PEER_SESSION_COOKIE, domain: 'peer-site-one.test', hostOnly: true, path: '/', secure: false, sameSite: 'lax', partitionTopLevelSite: null }],
    siteCookieNames: [PEER_SESSION_COOKIE],
  }),
  'auth-dropped-on-redirect': input([
    obs({
      url: `${PEER}${REAL.authDropped.moved}/api`, ip: IP, type: 'xmlhttprequest', wwwAuthenticate: ['Bearer realm="api"'], initiator: LAB, topOrigin: LAB,
      redirectChain: [`${LAB}${REAL.authDropped.base}/api`],
      hops: [{ url: `${LAB}${REAL.authDropped.base}/api`, status: 307, authorizationScheme: 'Bearer', requestSeen: true }],
    }),
  ]),
  'clock-skew': input([
    api(REAL.clockSkew.base, `Bearer realm="api", error="invalid_token", error_description="'exp' claim timestamp check failed"`, {
      date: new Date(NOW + CLOCK_SKEW_S * 1000).toUTCString(), credentials: { authorizationScheme: 'Bearer' },
    }),
  ], { successes: [loaded(`${REAL.clockSkew.base}/`, { time: NOW - 3000 })] }),
  'token-misconfigured': input([
    api(REAL.tokenMisconfigured.base, `Bearer realm="api", error="invalid_token", error_description="Unexpected 'aud' value"`, { credentials: { authorizationScheme: 'Bearer' } }),
  ], { successes: [loaded(`${REAL.tokenMisconfigured.base}/`, { time: NOW - 3000 })] }),
  'scheme-mismatch': input([
    api(REAL.schemeMismatch.base, `Basic realm="${REAL.schemeMismatch.realm}"`, { server: 'nginx/1.22.1', credentials: { authorizationScheme: 'Bearer' } }),
  ], { successes: [loaded(`${REAL.schemeMismatch.base}/`, { time: NOW - 3000 })] }),
  'placeholder-token': input([
    api(REAL.placeholderToken.base, '', { wwwAuthenticate: [], credentials: { authorizationScheme: 'Bearer', placeholder: 'undefined' } }),
  ], { successes: [loaded(`${REAL.placeholderToken.base}/`, { time: NOW - 3000 })] }),
  'sso-not-attempted': input([page(`${REAL.sso.base}/`, { server: 'Apache/2.4.71 (Debian)', wwwAuthenticate: ['Negotiate'] })]),
  'service-worker': input([page(`${REAL.serviceWorker.private}/report.json`, { server: 'Caddy', type: 'xmlhttprequest', frameId: 0, wwwAuthenticate: ['Basic realm="restricted"'], viaServiceWorker: true })], {
    successes: [loaded(`${REAL.serviceWorker.base}/`, { time: NOW - 3000 })],
  }),
};
