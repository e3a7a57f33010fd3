import { EVERY_HARNESS } from '../harness.ts';
import { layout } from '../http/html.ts';
import { send, sendHtml, under } from '../http/respond.ts';
import type { Scenario } from '../types.ts';

const base = '/bench-fetch';
export const BENCH_FETCHES = 300;
/** Calls in flight at once: a page's app fetching its data in small bursts, as an SPA does. */
export const BENCH_WAVE = 10;
const MAX_FETCHES = 2000;

// Every answer says no-store and every URL is distinct: each call goes to the network, so the
// benchmark measures the per-request cost of webRequest, not the HTTP cache.
const NO_STORE = { 'Cache-Control': 'no-store' };

export const benchFetch: Scenario = {
  id: 'bench-fetch',
  title: 'A page making 300 fetch() calls',
  description: 'A page whose script makes 300 fetch() calls in waves of 10, all 200, never cached, to measure what the extension costs an API-heavy page.',
  path: `${base}/${BENCH_FETCHES}`,
  kind: 'page',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: null,
  arrange: [],
  refused: null,
  handle(_req, res, ctx) {
    const path = ctx.url.pathname;
    if (!under(path, base)) return false;
    if (path.startsWith(`${base}/api/`)) return send(res, 200, 'application/json', '{"ok":true}', NO_STORE);
    // /bench-fetch/N: other counts for scaling runs.
    const n = Number(path.slice(base.length + 1));
    if (!Number.isInteger(n) || n < 1 || n > MAX_FETCHES) return false;
    const script = `window.addEventListener('load', async () => {
  const run = Math.random().toString(36).slice(2);
  let ok = 0;
  for (let k = 0; k < ${n}; k += ${BENCH_WAVE}) {
    const wave = [];
    for (let j = k; j < Math.min(${n}, k + ${BENCH_WAVE}); j++) wave.push(fetch('${base}/api/' + j + '?r=' + run, { cache: 'no-store' }).then((r) => r.ok ? 1 : 0, () => 0));
    for (const x of await Promise.all(wave)) ok += x;
  }
  document.body.dataset.loaded = String(ok);
});`;
    return sendHtml(res, 200, layout(`${n} fetches`, `<h1>${n} fetch() calls</h1>`, script), NO_STORE);
  },
};
