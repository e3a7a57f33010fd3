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
