import { mintToken } from '../auth/jwt.ts';
import { EVERY_HARNESS } from '../harness.ts';
import { forward } from '../http/forward.ts';
import { REAL } from '../real/paths.ts';
import { bearerHeader, fetchScript, sendApiPage } from '../sites/api-page.ts';
import type { Scenario } from '../types.ts';

const base = REAL.tokenMisconfigured.base;
const api = `${base}/api`;
const title = 'An API set up for another audience';
const text = 'A page that sends a valid, fresh token of the lab\'s issuer to an API configured for another API\'s audience.';

export const tokenMisconfigured: Scenario = {
  id: 'token-misconfigured',
  title,
  description: 'A page sends a fresh, valid token, and the API (express-oauth2-jwt-bearer set up for another audience) refuses it with "Unexpected \'aud\' value".',
  path: `${base}/`,
  kind: 'fetch',
  harness: EVERY_HARNESS,
  realServer: 'Express + express-oauth2-jwt-bearer (audience of another API)',
  expectedCause: 'token-misconfigured',
  arrange: [{ method: 'GET', path: `${base}/` }],
  refused: { method: 'GET', path: api, status: 401, headers: { authorization: `Bearer ${mintToken()}` } },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (path === api) return forward(req, res, ctx, 'apps');
    if (path !== base && path !== `${base}/`) return false;
    return sendApiPage(res, title, text, api, fetchScript(`fetch(${JSON.stringify(api)}, ${bearerHeader(mintToken())})`));
  },
};
