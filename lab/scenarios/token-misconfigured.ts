import { mintToken } from '../auth/jwt.ts';
import { REAL } from '../real/paths.ts';
import { realBearerScenario } from '../sites/real-bearer-api.ts';

export const tokenMisconfigured = realBearerScenario({
  id: 'token-misconfigured',
  title: 'An API set up for another audience',
  description: 'A page sends a fresh, valid token, and the API (express-oauth2-jwt-bearer set up for another audience) refuses it with "Unexpected \'aud\' value".',
  text: 'A page that sends a valid, fresh token of the lab\'s issuer to an API configured for another API\'s audience.',
  base: REAL.tokenMisconfigured.base,
  expectedCause: 'token-misconfigured',
  status: 401,
  token: () => mintToken(),
  realServer: 'Express + express-oauth2-jwt-bearer (audience of another API)',
});
