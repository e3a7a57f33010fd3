import { BASIC_REALM } from '../auth/accounts.ts';
import { basicChallenge, basicOk } from '../auth/basic.ts';
import { layout } from '../http/html.ts';
import { sendHtml, under } from '../http/respond.ts';
import { sendWelcome } from '../sites/welcome.ts';
import type { Scenario } from '../types.ts';

const base = '/basic';

export const basic: Scenario = {
  id: 'basic',
  title: 'Basic authentication',
  description: 'A page behind HTTP Basic authentication with charset="UTF-8"; the lab account gets a welcome page.',
  path: `${base}/`,
  kind: 'main-frame',
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle(req, res, ctx) {
    if (!under(ctx.url.pathname, base)) return false;
    if (basicOk(req)) return sendWelcome(res, 'the Basic area');
    return sendHtml(res, 401, layout('401 Unauthorized', '<h1>401 Unauthorized</h1><p>Sign in to see this page.</p>'), {
      'WWW-Authenticate': basicChallenge(BASIC_REALM),
    });
  },
};
