import { mintForgedToken } from '../auth/jwt.ts';
import { REAL } from '../real/paths.ts';
import { realBearerScenario } from '../sites/real-bearer-api.ts';

// A token of the right shape, issuer and audience, signed with a key the API does not hold.
export const bearerInvalidToken = realBearerScenario({
  id: 'bearer-invalid-token',
  title: 'Bearer API rejects the token',
  description: 'A page whose script sends a token the API cannot verify, and the API (express-oauth2-jwt-bearer) answers invalid_token: signature verification failed.',
  base: REAL.bearerInvalidToken.base,
  expectedCause: 'credentials-rejected',
  status: 401,
  token: mintForgedToken,
  realServer: 'Express + express-oauth2-jwt-bearer',
});
