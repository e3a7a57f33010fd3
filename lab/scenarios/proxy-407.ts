import { EVERY_HARNESS } from '../harness.ts';
import { layout } from '../http/html.ts';
import { sendHtml, under } from '../http/respond.ts';
import { PROXY_HOSTNAME } from '../real/squid.ts';
import type { Scenario } from '../types.ts';

const base = '/proxy';

export const proxy407: Scenario = {
  id: 'proxy-407',
  title: 'A proxy that wants credentials (407)',
  description: 'Any page fetched through the lab\'s forward proxy, a real squid, gets 407 with a Basic Proxy-Authenticate until the lab account is given.',
  path: `${base}/`,
  kind: 'proxy',
  // Each browser suite routes it through squid (Chromium's --proxy-server, Firefox's proxy prefs in
  // tests/firefox/proxy.test.ts), and the CLI through --proxy.
  harness: EVERY_HARNESS,
  realServer: 'squid',
  expectedCause: 'proxy-auth',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 407, viaProxy: true },
  handle(req, res, ctx) {
    if (!under(ctx.url.pathname, base)) return false;
    // RFC 9110 §7.6.3: squid adds a Via line naming its visible_hostname, so this page can tell
    // how it was reached.
    const via = (req.headers.via ?? '').includes(PROXY_HOSTNAME);
    const text = via
      ? 'You reached this page through the lab proxy, with its credentials.'
      : 'You reached this page directly. Start the browser with --proxy-server pointing at the lab proxy to see its 407.';
    return sendHtml(res, 200, layout('Through the proxy', `<h1>Through the proxy</h1><p id="via" data-via="${via ? 1 : 0}">${text}</p>`));
  },
};
