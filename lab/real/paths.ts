// The lab paths the real servers answer, and their realms: one table shared by the servers'
// generated configs, the scenarios that forward to them and the tests.
export const REAL = {
  nginx: { base: '/nginx', realm: 'Restricted' },
  schemeMismatch: { base: '/scheme-mismatch', realm: 'Staging' },
  authDropped: { base: '/auth-dropped-on-redirect', moved: '/auth-dropped-on-redirect/v2' },
  apacheBasic: { base: '/apache', realm: 'Staff area' },
  apacheDigest: { base: '/apache-digest', realm: 'Digest staff' },
  sso: { base: '/sso-not-attempted', realm: 'Intranet' },
  serviceWorker: { base: '/service-worker', private: '/service-worker/private' },
  corsPreflight: { base: '/cors-preflight' },
  tokenMisconfigured: { base: '/token-misconfigured' },
  placeholderToken: { base: '/placeholder-token' },
  clockSkew: { base: '/clock-skew' },
  // The RFC 6750 answers of Auth0's express-oauth2-jwt-bearer (lab/sites/real-bearer-api.ts).
  bearerNoToken: { base: '/bearer/no-token' },
  bearerInvalidToken: { base: '/bearer/invalid-token' },
  bearerExpiredToken: { base: '/bearer/expired-token' },
  bearerInsufficientScope: { base: '/bearer/insufficient-scope', scope: 'lab:admin' },
} as const;

/**
 * The other site of the cross-origin scenarios: `peer-` before the host name. Another registrable
 * domain (peer-x.test and x.test are two sites, RFC 6265bis §5.2), so it is cross-site as well as
 * cross-origin; nginx's 307 builds the same name from $http_host. The lab routes by path, so the
 * peer is the lab too.
 */
export function peerHost(host: string): string {
  return `peer-${host}`;
}
