import { GOOD_TOKEN } from '../auth/accounts.ts';
import { bearerChallenge, bearerScenario } from '../sites/bearer-api.ts';

// RFC 6750 §3.1: insufficient_scope is a 403 — the token is fine, it just may not do this.
export const bearerInsufficientScope = bearerScenario({
  id: 'bearer-insufficient-scope',
  title: 'Bearer API: insufficient scope (403)',
  description: 'A page whose script sends a valid token that lacks the scope the API needs, and the API answers 403.',
  base: '/bearer/insufficient-scope',
  expectedCause: 'not-permitted',
  sentToken: GOOD_TOKEN,
  acceptsGoodToken: false,
  refuse: {
    status: 403,
    challenge: () =>
      bearerChallenge({
        error: 'insufficient_scope',
        scope: 'lab:admin',
        error_description: 'This call needs the lab:admin scope',
      }),
  },
});
