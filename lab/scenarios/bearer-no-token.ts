import { bearerChallenge, bearerScenario } from '../sites/bearer-api.ts';

// RFC 6750 §3.1: a request with no authentication information gets no error code.
export const bearerNoToken = bearerScenario({
  id: 'bearer-no-token',
  title: 'Bearer API called without a token',
  description: 'A page whose script calls a Bearer API without any token, and the API asks for one.',
  base: '/bearer/no-token',
  expectedCause: 'no-credentials',
  sentToken: null,
  refuse: { status: 401, challenge: () => bearerChallenge({}) },
});
