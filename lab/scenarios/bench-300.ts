import { layout } from '../http/html.ts';
import { send, sendHtml, under } from '../http/respond.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

const base = '/bench';
export const BENCH_IMAGES = 300;
const MAX_IMAGES = 2000;

// The smallest valid PNG (1×1, transparent): the benchmark measures per-request overhead, not bytes.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const bench300: Scenario = {
  id: 'bench-300',
  title: 'A page of 300 tiny images',
  description: 'A page that loads 300 tiny images, all 200, to measure what the extension costs on a busy page.',
  path: `${base}/${BENCH_IMAGES}`,
  kind: 'page',
  harness: EVERY_HARNESS,
  realServer: null,
  expectedCause: null,
  arrange: [],
  refused: null,
  handle(_req, res, ctx) {
    const path = ctx.url.pathname;
    if (!under(path, base)) return false;
    if (path.startsWith(`${base}/img/`)) return send(res, 200, 'image/png', PIXEL);
    // /bench/N: other sizes for the benchmark's scaling runs.
    const n = Number(path.slice(base.length + 1));
    if (!Number.isInteger(n) || n < 1 || n > MAX_IMAGES) return false;
    const imgs = Array.from({ length: n }, (_, i) => `<img src="${base}/img/${i}.png" width="4" height="4" alt="">`).join('');
    const script = `window.addEventListener('load', () => { document.body.dataset.loaded = String(document.images.length); });`;
    return sendHtml(res, 200, layout(`${n} images`, `<h1>${n} images</h1><div>${imgs}</div>`, script));
  },
};
