import { sendHtml, under } from '../http/respond.ts';
import { layout } from '../http/html.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/no-challenge';

// RFC 9110 §15.5.2: a 401 MUST carry WWW-Authenticate. This one does not, as many frameworks do.
export const noChallenge: Scenario = {
  id: 'no-challenge',
  title: '401 without WWW-Authenticate',
  description: 'A 401 that names no way to sign in at all, which breaks RFC 9110.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'missing-challenge',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle(_req, res, ctx) {
    if (!under(ctx.url.pathname, base)) return false;
    return sendHtml(res, 401, layout('401 Unauthorized', '<h1>401 Unauthorized</h1><p>Access to this page is not allowed.</p>'));
  },
};
