import { REAL } from '../real/paths.ts';
import { realBearerScenario } from '../sites/real-bearer-api.ts';

// RFC 6750 §3.1: a request with no authentication information gets no error code. The library
// also offers DPoP (RFC 9449) in a second challenge of the same line.
export const bearerNoToken = realBearerScenario({
  id: 'bearer-no-token',
  title: 'Bearer API called without a token',
  description: 'A page whose script calls a Bearer API without any token, and the API (express-oauth2-jwt-bearer) asks for one.',
  base: REAL.bearerNoToken.base,
  expectedCause: 'no-credentials',
  status: 401,
  token: null,
  realServer: 'Express + express-oauth2-jwt-bearer',
});
