import { mintToken } from '../auth/jwt.ts';
import { CLOCK_SKEW_S } from '../real/node-apps.ts';
import { REAL } from '../real/paths.ts';
import { realBearerScenario } from '../sites/real-bearer-api.ts';

/**
 * Shorter than the skew: valid for this machine for 8 minutes, already run out for the server whose
 * clock is 10 minutes ahead. (The refused step's token is minted when the module loads, so a test
 * run has those 8 minutes to send it.)
 */
export const CLOCK_SKEW_TOKEN_LIFETIME_S = CLOCK_SKEW_S - 2 * 60;

export const clockSkew = realBearerScenario({
  id: 'clock-skew',
  title: 'A server whose clock is ten minutes ahead',
  description: 'A page sends a token minted a moment ago, and the API (express-oauth2-jwt-bearer, its clock 10 minutes ahead under libfaketime) refuses it as expired, with a Date 10 minutes off.',
  text: 'A page that sends a token minted a moment ago to an API whose clock runs ten minutes ahead of this one.',
  base: REAL.clockSkew.base,
  expectedCause: 'clock-skew',
  status: 401,
  token: () => mintToken(CLOCK_SKEW_TOKEN_LIFETIME_S),
  realServer: 'Express + express-oauth2-jwt-bearer under libfaketime (+10 min)',
  backend: 'skewed',
});
