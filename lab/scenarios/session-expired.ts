import { LAB_PASSWORD, LAB_USER } from '../auth/accounts.ts';
import { sessionSite } from '../sites/session-site.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/session-expired';
export const SESSION_EXPIRED_COOKIE = 'lab_session';

export const sessionExpired: Scenario = {
  id: 'session-expired',
  title: 'Cookie session that expires',
  description: 'A site with a login form whose session cookie stops working after a short time; its login page keeps working.',
  path: `${base}/`,
  kind: 'page',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'session-expired',
  arrange: [
    { method: 'POST', path: `${base}/login`, form: { user: LAB_USER, password: LAB_PASSWORD } },
    { method: 'GET', path: `${base}/` },
    { method: 'POST', path: '/__lab/expire-sessions' },
  ],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: sessionSite({ base, cookieName: SESSION_EXPIRED_COOKIE, title: 'the expiring session site', trap: false }),
};
