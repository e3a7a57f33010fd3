import { basicChallenge, basicOk } from '../auth/basic.ts';
import { layout } from '../http/html.ts';
import { redirect, sendHtml, under } from '../http/respond.ts';
import { sendWelcome } from '../sites/welcome.ts';
import type { Scenario } from '../types.ts';

const link = '/moved/members';
const area = '/members';
export const MEMBERS_REALM = '401 Lab members';

export const redirectInto401: Scenario = {
  id: 'redirect-into-401',
  title: 'A link that redirects into a login area',
  description: 'An old link answers 302 and sends the browser to a members area that asks for Basic credentials.',
  path: link,
  kind: 'main-frame',
  expectedCause: 'url-mistake',
  arrange: [],
  // The status after following the redirect.
  refused: { method: 'GET', path: link, status: 401 },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (path === link) return redirect(res, 302, `${area}/`);
    if (!under(path, area)) return false;
    if (basicOk(req)) return sendWelcome(res, 'the members area');
    return sendHtml(res, 401, layout('401 Unauthorized', '<h1>401 Unauthorized</h1><p>Members only.</p>'), {
      'WWW-Authenticate': basicChallenge(MEMBERS_REALM),
    });
  },
};
