import { WEAK_TOKEN } from '../auth/accounts.ts';
import { bearerChallenge, bearerScenario } from '../sites/bearer-api.ts';

// RFC 9470 §3: the token is valid but came from too weak or too old a sign-in.
export const bearerStepUp = bearerScenario({
  id: 'bearer-step-up',
  title: 'Bearer API asks for a stronger sign-in',
  description: 'A page whose script sends a single-factor token, and the API asks for a fresher, multi-factor sign-in (RFC 9470).',
  base: '/bearer/step-up',
  expectedCause: 'step-up-required',
  sentToken: WEAK_TOKEN,
  refuse: {
    status: 401,
    challenge: () =>
      bearerChallenge({
        error: 'insufficient_user_authentication',
        error_description: 'A stronger and more recent sign-in is required',
        acr_values: 'urn:lab:acr:mfa',
        max_age: '300',
      }),
  },
});
