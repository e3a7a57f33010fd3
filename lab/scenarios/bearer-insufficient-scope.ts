import { mintToken } from '../auth/jwt.ts';
import { REAL } from '../real/paths.ts';
import { realBearerScenario } from '../sites/real-bearer-api.ts';

// RFC 6750 §3.1: insufficient_scope is a 403 — the token is fine, it just may not do this. The
// lab's token has lab:read; the API's requiredScopes asks for lab:admin.
export const bearerInsufficientScope = realBearerScenario({
  id: 'bearer-insufficient-scope',
  title: 'Bearer API: insufficient scope (403)',
  description: `A page whose script sends a valid token that lacks the scope the API needs (${REAL.bearerInsufficientScope.scope}), and the API (express-oauth2-jwt-bearer's requiredScopes) answers 403.`,
  base: REAL.bearerInsufficientScope.base,
  expectedCause: 'not-permitted',
  status: 403,
  token: () => mintToken(),
  realServer: 'Express + express-oauth2-jwt-bearer (requiredScopes)',
});
