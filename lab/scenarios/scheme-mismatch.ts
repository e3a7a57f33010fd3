import { mintToken } from '../auth/jwt.ts';
import { EVERY_HARNESS } from '../harness.ts';
import { forward } from '../http/forward.ts';
import { REAL } from '../real/paths.ts';
import { bearerHeader, fetchScript, sendApiPage } from '../sites/api-page.ts';
import type { Scenario } from '../types.ts';

const base = REAL.schemeMismatch.base;
const api = `${base}/api`;
const title = 'A Bearer call to a staging site behind Basic';
const text = 'A page of an app with its own tokens, on a staging site that nginx guards with Basic authentication.';

export const schemeMismatch: Scenario = {
  id: 'scheme-mismatch',
  title,
  description: 'A page calls its API with a Bearer token, and nginx\'s auth_basic in front of the app (a staging site) answers 401 with a Basic challenge.',
  path: `${base}/`,
  kind: 'fetch',
  harness: EVERY_HARNESS,
  realServer: 'nginx auth_basic in front of Express + express-oauth2-jwt-bearer',
  expectedCause: 'scheme-mismatch',
  arrange: [{ method: 'GET', path: `${base}/` }],
  refused: { method: 'GET', path: api, status: 401, headers: { authorization: `Bearer ${mintToken()}` } },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (path === api || path.startsWith(`${api}/`)) return forward(req, res, ctx, 'nginx');
    if (path !== base && path !== `${base}/`) return false;
    return sendApiPage(res, title, text, api, fetchScript(`fetch(${JSON.stringify(api)}, ${bearerHeader(mintToken())})`));
  },
};
