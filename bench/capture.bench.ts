// What capture costs Chromium on a busy page: the lab's page of 300 images loaded with our
// extension, with do-nothing extensions registering webRequest listeners with empty bodies, and
// with no extension, in rotating order. Prints the median CPU time per load of all the browser's
// processes (from /proc) and the median wall time, then the listener's own cost in Node.
//   npx vite build && npx tsx bench/capture.bench.ts        (BENCH_LOADS=10 by default)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startLab } from '../lab/server.ts';
import { DIST_CHROME } from '../tests/e2e/harness/extension.ts';
import { chromiumPath } from '../tests/e2e/harness/chromium.ts';
import { CAPTURE_LISTENERS, writeNoopExtension } from './capture-noop.ts';
import { nodeListenerCost } from './capture-node.ts';
import { browserPid, median, treeCpuMs } from './capture-proc.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 10);

interface Way {
  name: string;
  extension: string | null;
}

interface Running extends Way {
  context: BrowserContext;
  page: Page;
  pid: number;
  dataDir: string;
  cpu: number[];
  wall: number[];
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
  return { ...way, context, page, pid: browserPid(dataDir), dataDir, cpu: [], wall: [] };
}

async function load(r: Running, url: string, record: boolean): Promise<void> {
  const cpu0 = treeCpuMs(r.pid);
  const t0 = performance.now();
  await r.page.goto(url, { waitUntil: 'load' });
  await r.page.waitForSelector('body[data-loaded="300"]');
  const wall = performance.now() - t0;
  // Let the listeners drain what the load queued for them before reading the CPU.
  await new Promise((res) => setTimeout(res, 300));
  const cpu = treeCpuMs(r.pid) - cpu0;
  if (record) {
    r.cpu.push(cpu);
    r.wall.push(wall);
  }
}

const lab = await startLab({ port: 0, https: false });
const ways: Way[] = [
  { name: 'no extension', extension: null },
  { name: 'empty onHeadersReceived only', extension: writeNoopExtension('headers', [{ event: 'onHeadersReceived', spec: ['responseHeaders'] }]) },
  { name: 'empty, same listeners, no extraHeaders', extension: writeNoopExtension('noextra', CAPTURE_LISTENERS.map((l) => (l.event === 'onSendHeaders' ? { ...l, spec: ['requestHeaders'] } : l))) },
  { name: 'empty, same, onCompleted w/o responseHeaders', extension: writeNoopExtension('nocompletedheaders', CAPTURE_LISTENERS.map((l) => (l.event === 'onCompleted' ? { event: l.event } : l))) },
  { name: 'empty, same listeners as ours', extension: writeNoopExtension('same', CAPTURE_LISTENERS) },
  { name: '401 Doctor', extension: DIST_CHROME },
];
const running: Running[] = [];
for (const w of ways) running.push(await launch(w));
const url = (k: number) => `http://bench.test:${lab.port}/bench/300?load=${k}`;
for (const r of running) await load(r, url(0), false);
for (let round = 0; round < LOADS; round++) {
  // Rotate who goes first: drift in the machine's load then spreads over every way.
  for (let i = 0; i < running.length; i++) await load(running[(i + round) % running.length]!, url(round + 1), true);
}
for (const r of running) {
  await r.context.close();
  rmSync(r.dataDir, { recursive: true, force: true });
}
await lab.close();

const base = running.find((r) => r.name === 'no extension')!;
const same = running.find((r) => r.name === 'empty, same listeners as ours')!;
console.log(`Chromium, page of 300 images, ${LOADS} loads each (median):`);
console.log('way'.padEnd(42), 'CPU ms', ' wall ms', ' CPU ×none', ' CPU ×empty-same');
for (const r of running) {
  const cpu = median(r.cpu);
  console.log(
    r.name.padEnd(42),
    cpu.toFixed(0).padStart(6),
    median(r.wall).toFixed(0).padStart(8),
    (cpu / median(base.cpu)).toFixed(2).padStart(10),
    (cpu / median(same.cpu)).toFixed(2).padStart(16),
  );
}
const node = await nodeListenerCost();
console.log(`\nNode, per ordinary event (200 image: send + headers + completed): ours ${node.ours.toFixed(0)} ns, no-op ${node.noop.toFixed(0)} ns`);
