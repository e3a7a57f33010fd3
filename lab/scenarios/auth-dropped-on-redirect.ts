import { mintToken } from '../auth/jwt.ts';
import { BROWSERS_ONLY } from '../harness.ts';
import { forward } from '../http/forward.ts';
import { REAL } from '../real/paths.ts';
import { bearerHeader, fetchScript, sendApiPage } from '../sites/api-page.ts';
import type { Scenario } from '../types.ts';

const { base, moved } = REAL.authDropped;
const api = `${base}/api`;
const title = 'A token lost on a redirect to another origin';
const text = 'A page that calls its own API with a token; the API has moved to another origin and answers 307.';

export const authDroppedOnRedirect: Scenario = {
  id: 'auth-dropped-on-redirect',
  title,
  description: 'A page calls its API with a Bearer token, nginx answers 307 to another origin, and the browser drops Authorization on the way, so the API there (express-oauth2-jwt-bearer) asks for a token.',
  path: `${base}/`,
  kind: 'fetch',
  // The hops and the header on each are what the browser records; a terminal's client may differ.
  harness: BROWSERS_ONLY,
  realServer: 'nginx (the 307) + Express + express-oauth2-jwt-bearer (the new origin)',
  expectedCause: 'auth-dropped-on-redirect',
  arrange: [{ method: 'GET', path: `${base}/` }],
  // The status after following the redirect, as for redirect-into-401.
  refused: { method: 'GET', path: api, status: 401, headers: { authorization: `Bearer ${mintToken()}` } },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (path === api) return forward(req, res, ctx, 'nginx');
    if (path === `${moved}/api`) return forward(req, res, ctx, 'apps');
    if (path !== base && path !== `${base}/`) return false;
    return sendApiPage(res, title, text, api, fetchScript(`fetch(${JSON.stringify(api)}, ${bearerHeader(mintToken())})`));
  },
};
