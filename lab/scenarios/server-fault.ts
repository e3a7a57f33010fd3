import { layout } from '../http/html.ts';
import { sendHtml, sendJson, under } from '../http/respond.ts';
import type { Scenario } from '../types.ts';
import { BROWSERS_ONLY } from '../harness.ts';

const base = '/fault';
export const FAULT_REALM = 'Restricted';

// A site that breaks server-side (a bad upgrade turns on an authentication module for everything):
// the same paths answered 200 a moment ago, now every one of them answers 401.
export const serverFault: Scenario = {
  id: 'server-fault',
  title: 'A server that starts refusing everything',
  description: 'A small site that works until it is broken (the button, or POST /__lab/fault/break); then every path answers 401.',
  path: `${base}/`,
  kind: 'page',
  harness: BROWSERS_ONLY,
  realServer: null,
  expectedCause: 'server-fault',
  arrange: [
    { method: 'GET', path: `${base}/` },
    { method: 'GET', path: `${base}/api/status` },
    { method: 'POST', path: '/__lab/fault/break' },
  ],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle(_req, res, ctx) {
    const path = ctx.url.pathname;
    if (!under(path, base)) return false;
    if (ctx.state.faultBroken) {
      return sendHtml(res, 401, layout('401 Unauthorized', '<h1>401 Unauthorized</h1>'), {
        'WWW-Authenticate': `Basic realm="${FAULT_REALM}"`,
      });
    }
    if (path === `${base}/api/status`) return sendJson(res, 200, { status: 'ok' });
    if (path === base || path === `${base}/`) {
      const script = `fetch('${base}/api/status').then((r) => { document.getElementById('status').textContent = String(r.status); });
document.getElementById('break').addEventListener('click', () =>
  fetch('/__lab/fault/break', { method: 'POST' }).then(() => location.reload()));`;
      return sendHtml(res, 200, layout('A working site', `<h1>A working site</h1>
<p>API status: <output id="status">…</output> · <a href="${base}/about">About</a></p>
<p><button id="break">Break the server</button> <span class="muted">(POST /__lab/reset or /__lab/fault/repair mends it)</span></p>`, script));
    }
    if (path === `${base}/about`) return sendHtml(res, 200, layout('About', '<h1>About</h1><p>A site that works, for now.</p>'));
    return false;
  },
};
