import { mintToken } from '../auth/jwt.ts';
import { EVERY_HARNESS } from '../harness.ts';
import { forward } from '../http/forward.ts';
import { CLOCK_SKEW_S } from '../real/node-apps.ts';
import { REAL } from '../real/paths.ts';
import { bearerHeader, fetchScript, sendApiPage } from '../sites/api-page.ts';
import type { Scenario } from '../types.ts';

const base = REAL.clockSkew.base;
const api = `${base}/api`;
/**
 * Shorter than the skew: valid for this machine for 8 minutes, already run out for the server whose
 * clock is 10 minutes ahead. (The refused step's token is minted when the module loads, so a test
 * run has those 8 minutes to send it.)
 */
export const CLOCK_SKEW_TOKEN_LIFETIME_S = CLOCK_SKEW_S - 2 * 60;
const title = 'A server whose clock is ten minutes ahead';
const text = 'A page that sends a token minted a moment ago to an API whose clock runs ten minutes ahead of this one.';

export const clockSkew: Scenario = {
  id: 'clock-skew',
  title,
  description: 'A page sends a token minted a moment ago, and the API (express-oauth2-jwt-bearer, its clock 10 minutes ahead under libfaketime) refuses it as expired, with a Date 10 minutes off.',
  path: `${base}/`,
  kind: 'fetch',
  harness: EVERY_HARNESS,
  realServer: 'Express + express-oauth2-jwt-bearer under libfaketime (+10 min)',
  expectedCause: 'clock-skew',
  arrange: [{ method: 'GET', path: `${base}/` }],
  refused: { method: 'GET', path: api, status: 401, headers: { authorization: `Bearer ${mintToken(CLOCK_SKEW_TOKEN_LIFETIME_S)}` } },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (path === api) return forward(req, res, ctx, 'skewed');
    if (path !== base && path !== `${base}/`) return false;
    const token = mintToken(CLOCK_SKEW_TOKEN_LIFETIME_S);
    return sendApiPage(res, title, text, api, fetchScript(`fetch(${JSON.stringify(api)}, ${bearerHeader(token)})`));
  },
};
