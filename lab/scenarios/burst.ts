import { API_REALM } from '../auth/accounts.ts';
import { layout } from '../http/html.ts';
import { sendHtml, sendJson, under } from '../http/respond.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/burst';
export const BURST_SIZE = 20;
export const BURST_RETRY_AFTER = '30';

export const burst: Scenario = {
  id: 'burst',
  title: 'A burst of 401s with Retry-After',
  description: `A page whose script fires ${BURST_SIZE} API calls at once; each gets 401 with Retry-After: ${BURST_RETRY_AFTER}.`,
  path: `${base}/`,
  kind: 'fetch',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: 'rate-limited',
  arrange: [{ method: 'GET', path: `${base}/` }],
  refused: { method: 'GET', path: `${base}/api/1`, status: 401 },
  handle(_req, res, ctx) {
    const path = ctx.url.pathname;
    if (!under(path, base)) return false;
    if (path.startsWith(`${base}/api/`)) {
      // RFC 9110 §10.2.3: Retry-After in seconds tells the client when to come back.
      return sendJson(res, 401, { error: 'too_many_requests' }, {
        'WWW-Authenticate': `Bearer realm="${API_REALM}"`,
        'Retry-After': BURST_RETRY_AFTER,
      });
    }
    const script = `Promise.all(Array.from({ length: ${BURST_SIZE} }, (_, i) => fetch('${base}/api/' + (i + 1)).then((r) => r.status, () => 0)))
  .then((codes) => { document.getElementById('result').textContent = codes.join(' '); document.body.dataset.done = '1'; });`;
    return sendHtml(res, 200, layout('Burst', `<h1>Burst</h1><p>Statuses: <output id="result">…</output></p>`, script));
  },
};
