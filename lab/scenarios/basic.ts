import { BASIC_REALM } from '../auth/accounts.ts';
import { basicChallenge } from '../auth/basic.ts';
import { layout } from '../http/html.ts';
import { basicArea } from '../sites/basic-area.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/basic';

export const basic: Scenario = {
  id: 'basic',
  title: 'Basic authentication',
  description: 'A page behind HTTP Basic authentication with charset="UTF-8"; the lab account gets a welcome page.',
  path: `${base}/`,
  kind: 'main-frame',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: basicArea({
    base,
    area: 'the Basic area',
    page: layout('401 Unauthorized', '<h1>401 Unauthorized</h1><p>Sign in to see this page.</p>'),
    challenge: basicChallenge(BASIC_REALM),
  }),
};
