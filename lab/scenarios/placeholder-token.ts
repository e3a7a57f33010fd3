import { EVERY_HARNESS } from '../harness.ts';
import { forward } from '../http/forward.ts';
import { REAL } from '../real/paths.ts';
import { fetchScript, sendApiPage } from '../sites/api-page.ts';
import type { Scenario } from '../types.ts';

const base = REAL.placeholderToken.base;
const api = `${base}/api`;
const title = 'A token read before it was stored';
const text = 'A page whose script builds the Authorization header before its sign-in code has stored the token.';

// The front-end bug as it is usually written: the token arrives asynchronously, the call does not wait.
const script = `let token;
new Promise((r) => setTimeout(() => r('lab-token-that-came-too-late'), 1000)).then((t) => { token = t; });
${fetchScript(`fetch(${JSON.stringify(api)}, { headers: { Authorization: 'Bearer ' + token } })`)}`;

export const placeholderToken: Scenario = {
  id: 'placeholder-token',
  title,
  description: 'A page sends "Authorization: Bearer undefined" because it read the token before storing it, and the API (express-jwt) refuses it as a malformed token.',
  path: `${base}/`,
  kind: 'fetch',
  harness: EVERY_HARNESS,
  realServer: 'Express + express-jwt',
  expectedCause: 'placeholder-token',
  arrange: [{ method: 'GET', path: `${base}/` }],
  refused: { method: 'GET', path: api, status: 401, headers: { authorization: 'Bearer undefined' } },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (path === api) return forward(req, res, ctx, 'apps');
    if (path !== base && path !== `${base}/`) return false;
    return sendApiPage(res, title, text, api, script);
  },
};
