// The lab's JSON Web Tokens: HS256 with a fixed lab secret (it guards nothing), signed with the
// jsonwebtoken package and verified by the real server libraries the lab runs
// (express-oauth2-jwt-bearer, express-jwt). A page gets a fresh one each time it is served.
import jwt from 'jsonwebtoken';
import { LAB_USER } from './accounts.ts';

export const JWT_SECRET = 'lab-jwt-secret-for-the-401-lab-only-0123456789';
export const JWT_ALG = 'HS256';
export const LAB_ISSUER = 'https://issuer.lab.test/';
/** The audience every lab token is issued for. */
export const LAB_AUDIENCE = 'https://api.lab.test';
/** The audience the token-misconfigured API was (wrongly) set up to expect. */
export const OTHER_AUDIENCE = 'https://api.other-lab.test';
export const TOKEN_SCOPE = 'lab:read';

export function mintToken(lifetimeS = 3600, nowS = Math.floor(Date.now() / 1000)): string {
  return jwt.sign({ sub: LAB_USER, scope: TOKEN_SCOPE, iat: nowS, exp: nowS + lifetimeS }, JWT_SECRET, {
    algorithm: JWT_ALG,
    audience: LAB_AUDIENCE,
    issuer: LAB_ISSUER,
  });
}

/** A token like the lab's, signed with a key the lab's APIs do not know: its signature fails. */
export function mintForgedToken(nowS = Math.floor(Date.now() / 1000)): string {
  return jwt.sign({ sub: LAB_USER, scope: TOKEN_SCOPE, iat: nowS, exp: nowS + 3600 }, 'a-key-no-lab-api-was-given-0123456789abcdef', {
    algorithm: JWT_ALG,
    audience: LAB_AUDIENCE,
    issuer: LAB_ISSUER,
  });
}

/** A token of the lab's issuer that ran out an hour ago (issued two hours ago, for one hour). */
export function mintExpiredToken(nowS = Math.floor(Date.now() / 1000)): string {
  return mintToken(3600, nowS - 7200);
}
