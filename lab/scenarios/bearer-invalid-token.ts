import { BAD_TOKEN } from '../auth/accounts.ts';
import { bearerChallenge, bearerScenario } from '../sites/bearer-api.ts';

export const bearerInvalidToken = bearerScenario({
  id: 'bearer-invalid-token',
  title: 'Bearer API rejects the token',
  description: 'A page whose script sends a token the API does not accept, and the API answers invalid_token.',
  base: '/bearer/invalid-token',
  expectedCause: 'credentials-rejected',
  sentToken: BAD_TOKEN,
  refuse: {
    status: 401,
    challenge: () => bearerChallenge({ error: 'invalid_token', error_description: 'The access token is not recognised' }),
  },
});
