import { basicChallenge, basicOk } from '../auth/basic.ts';
import { layout } from '../http/html.ts';
import { sendHtml, sendText, under } from '../http/respond.ts';
import type { Scenario } from '../types.ts';
import { BROWSERS_ONLY } from '../harness.ts';

const base = '/typo';
export const GOOD_REPORT = `${base}/reports/2026`;
export const TYPO_REPORT = `${base}/reprots/2026`;
export const REPORTS_REALM = '401 Lab reports';

// A common server shape: the authentication filter runs before routing, so a path that does not
// exist asks for credentials instead of answering 404.
export const urlTypo: Scenario = {
  id: 'url-typo',
  title: 'A mistyped URL next to a working one',
  description: 'A public reports page works, while the same address with two letters swapped answers 401.',
  path: `${base}/`,
  kind: 'page',
  harness: BROWSERS_ONLY,
  realServer: null,
  expectedCause: 'url-mistake',
  arrange: [
    { method: 'GET', path: `${base}/` },
    { method: 'GET', path: GOOD_REPORT },
  ],
  refused: { method: 'GET', path: TYPO_REPORT, status: 401 },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (!under(path, base)) return false;
    if (path === base || path === `${base}/`) {
      return sendHtml(res, 200, layout('Reports', `<h1>Reports</h1><ul>
<li><a href="${GOOD_REPORT}">The 2026 report</a> (works)</li>
<li><a href="${TYPO_REPORT}">The 2026 report, mistyped</a> (answers 401)</li></ul>`));
    }
    if (path === GOOD_REPORT) return sendHtml(res, 200, layout('Report 2026', '<h1>Report 2026</h1><p>All figures are fine.</p>'));
    // Signed in, the truth comes out: there is no such page.
    if (basicOk(req)) return sendText(res, 404, 'Not found\n');
    return sendHtml(res, 401, layout('401 Unauthorized', '<h1>401 Unauthorized</h1>'), {
      'WWW-Authenticate': basicChallenge(REPORTS_REALM),
    });
  },
};
