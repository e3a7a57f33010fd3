// What capture costs Chromium on two busy pages, side by side in one run: the lab's page of 300
// images and its page making 300 fetch() calls in waves of 10 (never cached). Each page is loaded
// with no extension, with the floor (an extension with the webRequest permission and host
// permissions but no listener), with the first-turn listeners alone (empty bodies), with 401 Doctor,
// and optionally with an earlier build of it (BENCH_BEFORE=dir), one browser each, in rotating
// order. Prints the median CPU time per load of all the browser's processes (from /proc), the
// median wall time, and the ratios to no extension and to the floor.
//   npx vite build && npx tsx bench/capture.bench.ts     (BENCH_ROUNDS=40 by default)
//   BENCH_BEFORE=/tmp/401doctor-before npx tsx bench/capture.bench.ts   (adds the old build)
//   BENCH_TWIN=1 adds a second floor browser, to show the spread between two identical ways
//   BENCH_ALTERNATIVES=1 adds the listener sets not taken; BENCH_PAGES=fetch measures one page
//   BENCH_DNR=1 adds the declarativeNetRequest idea (capture-noop.ts CHALLENGE_RULE)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BENCH_FETCHES } from '../lab/scenarios/bench-fetch.ts';
import { BENCH_IMAGES } from '../lab/scenarios/bench-300.ts';
import { startLab } from '../lab/server.ts';
import { DIST_CHROME } from '../tests/e2e/harness/extension.ts';
import { chromiumPath } from '../tests/e2e/harness/chromium.ts';
import { FIRST_TURN_LISTENERS, writeNoopExtension } from './capture-noop.ts';
import { nodeListenerCost } from './capture-node.ts';
import { browserPid, median, treeCpuMs } from './capture-proc.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const BEFORE = process.env.BENCH_BEFORE;

interface Way {
  name: string;
  extension: string | null;
}

interface Target {
  name: string;
  path: (k: number) => string;
  done: string;
}

const ALL_TARGETS: (Target & { key: string })[] = [
  { key: 'images', name: `${BENCH_IMAGES} images`, path: (k) => `/bench/${BENCH_IMAGES}?load=${k}`, done: `body[data-loaded="${BENCH_IMAGES}"]` },
  { key: 'fetch', name: `${BENCH_FETCHES} fetch() calls`, path: (k) => `/bench-fetch/${BENCH_FETCHES}?load=${k}`, done: `body[data-loaded="${BENCH_FETCHES}"]` },
];
/** BENCH_PAGES=fetch (or images) measures one page only. */
const TARGETS: Target[] = ALL_TARGETS.filter((t) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').includes(t.key));

interface Running extends Way {
  context: BrowserContext;
  page: Page;
  pid: number;
  dataDir: string;
  cpu: number[][];
  wall: number[][];
}

async function launch(way: Way): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), '401doctor-bench-profile-'));
  const context = await chromium.launchPersistentContext(dataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP *.test 127.0.0.1',
      ...(way.extension ? [`--disable-extensions-except=${way.extension}`, `--load-extension=${way.extension}`] : ['--disable-extensions']),
    ],
  });
  if (way.extension && !context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  // Every load must fetch its 300 images: a cache hit is not the case being measured.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { ...way, context, page, pid: browserPid(dataDir), dataDir, cpu: TARGETS.map(() => []), wall: TARGETS.map(() => []) };
}

async function load(r: Running, t: number, url: string, record: boolean): Promise<void> {
  const cpu0 = treeCpuMs(r.pid);
  const t0 = performance.now();
  await r.page.goto(url, { waitUntil: 'load' });
  await r.page.waitForSelector(TARGETS[t]!.done, { timeout: 60_000 });
  const wall = performance.now() - t0;
  // Let the listeners drain what the load queued for them before reading the CPU.
  await new Promise((res) => setTimeout(res, 300));
  const cpu = treeCpuMs(r.pid) - cpu0;
  if (record) {
    r.cpu[t]!.push(cpu);
    r.wall[t]!.push(wall);
  }
}

const lab = await startLab({ port: 0, https: false });
const ways: Way[] = [
  { name: 'no extension', extension: null },
  { name: 'floor: permission only, no listener', extension: writeNoopExtension('floor', []) },
  // The same floor in a second browser: how far two identical ways drift apart in one run, the
  // spread any other ratio must be read against (BENCH_TWIN=1).
  ...(process.env.BENCH_TWIN ? [{ name: 'floor again (a second browser)', extension: writeNoopExtension('floor-twin', []) }] : []),
  { name: 'first-turn listeners, empty bodies', extension: writeNoopExtension('first-turn', FIRST_TURN_LISTENERS) },
  // The alternative not taken: a second always-on chance for a refusal a stopped worker lost.
  ...(process.env.BENCH_ALTERNATIVES ? [{ name: 'same + onCompleted filtered, empty', extension: writeNoopExtension('first-turn-completed', [...FIRST_TURN_LISTENERS, { event: 'onCompleted' as const, spec: ['responseHeaders'], types: FIRST_TURN_LISTENERS[0]!.types! }]) }] : []),
  // The idea of a design nearer 1.00: the browser notices challenged responses itself (one static
  // declarativeNetRequest rule), and only onAuthRequired stays a listener (BENCH_DNR=1).
  ...(process.env.BENCH_DNR ? [{ name: 'DNR challenge rule + onAuthRequired, empty', extension: writeNoopExtension('dnr', FIRST_TURN_LISTENERS.filter((l) => l.event === 'onAuthRequired'), { challengeRule: true }) }] : []),
  // The alternative to measure: no XHR-only onErrorOccurred (it serves only the refused preflight).
  ...(process.env.BENCH_ALTERNATIVES ? [{ name: 'same without onErrorOccurred, empty', extension: writeNoopExtension('first-turn-no-error', FIRST_TURN_LISTENERS.filter((l) => l.event !== 'onErrorOccurred')) }] : []),
  ...(BEFORE && existsSync(join(BEFORE, 'manifest.json')) ? [{ name: '401 Doctor before', extension: BEFORE }] : []),
  { name: '401 Doctor', extension: DIST_CHROME },
];
const running: Running[] = [];
for (const w of ways) running.push(await launch(w));
const origin = `http://bench.test:${lab.port}`;
for (const r of running) for (let t = 0; t < TARGETS.length; t++) await load(r, t, origin + TARGETS[t]!.path(0), false);
const started = Date.now();
for (let round = 0; round < ROUNDS; round++) {
  // Rotate who goes first: drift in the machine's load then spreads over every way.
  for (let t = 0; t < TARGETS.length; t++) {
    for (let i = 0; i < running.length; i++) await load(running[(i + round) % running.length]!, t, origin + TARGETS[t]!.path(round + 1), true);
  }
  if ((round + 1) % 5 === 0) console.error(`round ${round + 1}/${ROUNDS} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
for (const r of running) {
  await r.context.close();
  rmSync(r.dataDir, { recursive: true, force: true });
}
await lab.close();

const base = running.find((r) => r.name === 'no extension')!;
const floor = running.find((r) => r.name.startsWith('floor'))!;
for (let t = 0; t < TARGETS.length; t++) {
  console.log(`\nChromium, page of ${TARGETS[t]!.name}, ${ROUNDS} rounds (median):`);
  console.log('way'.padEnd(40), 'CPU ms', ' wall ms', ' CPU ×none', ' CPU ×floor');
  for (const r of running) {
    const cpu = median(r.cpu[t]!);
    console.log(
      r.name.padEnd(40),
      cpu.toFixed(0).padStart(6),
      median(r.wall[t]!).toFixed(0).padStart(8),
      (cpu / median(base.cpu[t]!)).toFixed(3).padStart(10),
      (cpu / median(floor.cpu[t]!)).toFixed(3).padStart(11),
    );
  }
}
const node = await nodeListenerCost();
console.log(`\nNode, per ordinary response (a 200 fetch through onHeadersReceived): ours ${node.ours.toFixed(0)} ns, no-op ${node.noop.toFixed(0)} ns`);
