import { mintToken } from '../auth/jwt.ts';
import { BROWSERS_ONLY } from '../harness.ts';
import { forward } from '../http/forward.ts';
import { REAL } from '../real/paths.ts';
import { bearerHeader, fetchScript, peerOrigin, sendApiPage } from '../sites/api-page.ts';
import type { Scenario } from '../types.ts';

const base = REAL.corsPreflight.base;
const api = `${base}/api`;
const title = 'A CORS preflight refused with 401';
const text = 'A page that calls an API of another site with a token; the API\'s auth layer runs before cors() and refuses the preflight.';

export const corsPreflight: Scenario = {
  id: 'cors-preflight',
  title,
  description: 'A page calls another site\'s API with a Bearer token, and the API (express-oauth2-jwt-bearer mounted before cors()) answers the OPTIONS preflight 401, so the call never leaves.',
  path: `${base}/`,
  kind: 'fetch',
  // A terminal sends no preflight: CORS is the browser's.
  harness: BROWSERS_ONLY,
  realServer: 'Express + express-oauth2-jwt-bearer, mounted before cors()',
  expectedCause: 'cors-preflight',
  arrange: [{ method: 'GET', path: `${base}/` }],
  // What the browser sends first (Fetch standard §4.8): no credentials, the method and header asked for.
  refused: {
    method: 'OPTIONS',
    path: api,
    status: 401,
    headers: { origin: 'http://site-one.test', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
  },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (path === api) return forward(req, res, ctx, 'apps');
    if (path !== base && path !== `${base}/`) return false;
    const url = `${peerOrigin(ctx)}${api}`;
    return sendApiPage(res, title, text, url, fetchScript(`fetch(${JSON.stringify(url)}, ${bearerHeader(mintToken())})`));
  },
};
