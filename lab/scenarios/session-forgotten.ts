import { LAB_PASSWORD, LAB_USER } from '../auth/accounts.ts';
import { sessionSite } from '../sites/session-site.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/session-forgotten';
export const FORGOTTEN_COOKIE = 'lab_sid';

export const sessionForgotten: Scenario = {
  id: 'session-forgotten',
  title: 'Stale session cookie locks you out',
  description:
    'A site that forgot its sessions: while the old cookie is there every page, the login page included, answers 401 until the site\'s cookies are cleared.',
  path: `${base}/`,
  kind: 'page',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'stale-site-data',
  arrange: [
    { method: 'POST', path: `${base}/login`, form: { user: LAB_USER, password: LAB_PASSWORD } },
    { method: 'GET', path: `${base}/` },
    { method: 'POST', path: '/__lab/forget-sessions' },
    { method: 'GET', path: `${base}/` },
  ],
  refused: { method: 'GET', path: `${base}/login`, status: 401 },
  handle: sessionSite({ base, cookieName: FORGOTTEN_COOKIE, title: 'the forgetful session site', trap: true }),
};
