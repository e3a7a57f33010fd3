import { BROWSERS_ONLY } from '../harness.ts';
import { forward } from '../http/forward.ts';
import { send } from '../http/respond.ts';
import { REAL } from '../real/paths.ts';
import { fetchScript, sendApiPage } from '../sites/api-page.ts';
import type { Scenario } from '../types.ts';

const { base, private: privateBase } = REAL.serviceWorker;
const report = `${privateBase}/report.json`;
const title = 'A page whose service worker fetches a protected file';
const text = 'A page controlled by its service worker, which fetches a Basic-protected report on the page\'s behalf.';

// The worker fetches the protected files again by URL, without credentials (a common shortcut of
// offline-first workers), so no cached password goes with them and the 401 comes back to the worker:
// Chromium asks for no password on such a request (credentials mode "omit": LOAD_DO_NOT_SEND_AUTH_DATA),
// and with the page's own request mode it waited for a prompt headless Chromium never shows.
const worker = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.pathname.startsWith(${JSON.stringify(`${privateBase}/`)})) event.respondWith(fetch(url.href, { credentials: 'omit', cache: 'no-store' }));
});`;

// Register, wait until the worker controls the page, then ask for the report through it.
const page = `${fetchScript(`navigator.serviceWorker.register(${JSON.stringify(`${base}/sw.js`)}, { scope: ${JSON.stringify(`${base}/`)} })
  .then(() => navigator.serviceWorker.controller ? null : new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true })))
  .then(() => { document.body.dataset.controlled = '1'; return fetch(${JSON.stringify(report)}); })`)}`;

export const serviceWorker: Scenario = {
  id: 'service-worker',
  title,
  description: 'A page\'s service worker fetches a report that caddy guards with basicauth, so the 401 reaches the worker and the browser shows no sign-in prompt.',
  path: `${base}/`,
  kind: 'fetch',
  // Service workers are the browser's; a terminal has none.
  // Both browsers give the worker's fetch tabId -1; capture hands it to the tab of the worker's
  // origin (src/background/capture/worker-refusals.ts).
  harness: BROWSERS_ONLY,
  realServer: 'caddy basicauth',
  secureContext: true,
  expectedCause: 'service-worker',
  arrange: [{ method: 'GET', path: `${base}/` }],
  refused: { method: 'GET', path: report, status: 401 },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (path.startsWith(`${privateBase}/`)) return forward(req, res, ctx, 'caddy');
    if (path === `${base}/sw.js`) return send(res, 200, 'text/javascript; charset=utf-8', worker);
    if (path !== base && path !== `${base}/`) return false;
    return sendApiPage(res, title, text, report, page);
  },
};
