// The service worker stopped (CDP ServiceWorker.stopAllWorkers) in the middle of a burst of 200
// refusals across three tabs: every refusal is recorded, each exactly once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { launchExtension, type ExtensionSession } from './harness/extension.ts';
import { extensionPage, getTab, tabAt } from './capture-helpers.ts';

let lab: Lab;
let s: ExtensionSession;

beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
  s = await launchExtension({ mapHosts: ['*.test'] });
});
afterAll(async () => {
  await s?.close();
  await lab?.close();
});

it('records all 200 refusals of a burst across 3 tabs while the worker is stopped in the middle', async () => {
  const ext = await extensionPage(s);
  const cdp = await s.context.newCDPSession(ext);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const per = [67, 67, 66];
  const tabs = await Promise.all(per.map((_, i) => tabAt(s, `http://burst${i}.test:${lab.port}/`)));
  // Each tab fires its share in small waves over about a second, so the stop lands mid-burst.
  const bursts = tabs.map(({ page }, i) =>
    page.evaluate(async ({ n, tab }) => {
      const codes: number[] = [];
      for (let k = 0; k < n; k += 7) {
        const wave = Array.from({ length: Math.min(7, n - k) }, (_, j) => fetch(`/burst/api/t${tab}-${k + j}`).then((r) => r.status));
        codes.push(...(await Promise.all(wave)));
        await new Promise((r) => setTimeout(r, 60));
      }
      return codes;
    }, { n: per[i]!, tab: i }),
  );
  await new Promise((r) => setTimeout(r, 300));
  await cdp.send('ServiceWorker.stopAllWorkers');
  const codes = await Promise.all(bursts);
  expect(codes.flat().filter((c) => c === 401)).toHaveLength(200);
  expect(statuses).toContain('stopped');
  for (const [i, { tabId }] of tabs.entries()) {
    await expect.poll(async () => (await getTab(ext, tabId)).record?.current.observations.length ?? 0, { timeout: 15_000 }).toBe(per[i]);
    const rec = (await getTab(ext, tabId)).record!;
    expect(rec.current.dropped).toBe(0);
    const urls = rec.current.observations.map((o) => o.url);
    expect(new Set(urls).size).toBe(per[i]);
    expect(urls.every((u) => u.includes(`/burst/api/t${i}-`))).toBe(true);
  }
});
