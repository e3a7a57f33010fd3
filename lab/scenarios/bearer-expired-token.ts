import { mintExpiredToken } from '../auth/jwt.ts';
import { REAL } from '../real/paths.ts';
import { realBearerScenario } from '../sites/real-bearer-api.ts';

// RFC 6750 §3.1 has one code for every bad token; only error_description tells expiry apart, and
// this library words it with single quotes ('exp'), the case the wording table once missed.
export const bearerExpiredToken = realBearerScenario({
  id: 'bearer-expired-token',
  title: 'Bearer API: the token expired',
  description: 'A page whose script sends a token that ran out an hour ago, and the API (express-oauth2-jwt-bearer) says so in error_description.',
  base: REAL.bearerExpiredToken.base,
  expectedCause: 'session-expired',
  status: 401,
  token: mintExpiredToken,
  realServer: 'Express + express-oauth2-jwt-bearer',
});
