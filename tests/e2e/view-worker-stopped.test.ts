// The popup asks the background for its view, so a stopped service worker must be started by that
// message and still answer: the diagnosis appears, and how long it takes is printed next to a
// running worker's (docs/benchmarks.md "Popup").
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scenarioById } from '../../lab/scenarios/index.ts';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { extensionPage, workerControl } from './capture-helpers.ts';
import { launchExtension, type ExtensionSession } from './harness/extension.ts';
import { PopupPage } from './pages/popup-page.ts';
import { refuse } from './popup-helpers.ts';

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

it('shows the diagnosis when the popup has to start a stopped worker, and says how long that took', async () => {
  const ext = await extensionPage(s);
  const worker = await workerControl(s, ext);
  const scenario = scenarioById('session-forgotten');
  const { page, tabId } = await refuse(s, ext, scenario, `http://cold.test:${lab.port}`);

  const times = { running: [] as number[], stopped: [] as number[] };
  for (let i = 0; i < 5; i++) {
    for (const kind of ['running', 'stopped'] as const) {
      if (kind === 'stopped') {
        await worker.stop();
      }
      const popup = await PopupPage.open(s, tabId);
      expect(await popup.topCause()).toBe(scenario.expectedCause);
      times[kind].push((await popup.renderTimes()).fromScript);
      await popup.close();
    }
  }
  const fmt = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `min ${sorted[0]!.toFixed(0)} median ${sorted[2]!.toFixed(0)}`;
  };
  console.info(`popup script start → diagnosis in the DOM, ms over 5 opens: worker running ${fmt(times.running)}; worker stopped ${fmt(times.stopped)}`);
  await page.close();
});
