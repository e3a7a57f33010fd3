import { EXPIRED_TOKEN } from '../auth/accounts.ts';
import { bearerChallenge, bearerScenario } from '../sites/bearer-api.ts';

// RFC 6750 §3.1 has one code for every bad token; only error_description tells expiry apart.
export const bearerExpiredToken = bearerScenario({
  id: 'bearer-expired-token',
  title: 'Bearer API: the token expired',
  description: 'A page whose script sends a token that has run out, and the API says so in error_description.',
  base: '/bearer/expired-token',
  expectedCause: 'session-expired',
  sentToken: EXPIRED_TOKEN,
  refuse: {
    status: 401,
    challenge: () => bearerChallenge({ error: 'invalid_token', error_description: 'The access token expired' }),
  },
});
