import { basicChallenge } from '../auth/basic.ts';
import { layout } from '../http/html.ts';
import { redirect } from '../http/respond.ts';
import { basicArea } from '../sites/basic-area.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const link = '/moved/members';
const area = '/members';
export const MEMBERS_REALM = '401 Lab members';

const members = basicArea({
  base: area,
  area: 'the members area',
  page: layout('401 Unauthorized', '<h1>401 Unauthorized</h1><p>Members only.</p>'),
  challenge: basicChallenge(MEMBERS_REALM),
});

export const redirectInto401: Scenario = {
  id: 'redirect-into-401',
  title: 'A link that redirects into a login area',
  description: 'An old link answers 302 and sends the browser to a members area that asks for Basic credentials.',
  path: link,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'url-mistake',
  arrange: [],
  // The status after following the redirect.
  refused: { method: 'GET', path: link, status: 401 },
  handle(req, res, ctx) {
    if (ctx.url.pathname === link) return redirect(res, 302, `${area}/`);
    return members(req, res, ctx);
  },
};
