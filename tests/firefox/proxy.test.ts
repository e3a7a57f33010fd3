// The proxy scenario in Firefox: every request of the profile goes through the lab's squid (the
// pref form of Chromium's --proxy-server), and the *.test hosts bypass it, as in the Chromium suite.
// Firefox asks the proxy's password with its own prompt (cancelled here) and the extension records
// the 407 from onHeadersReceived and onAuthRequired (isProxy).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scenarios } from '../../lab/scenarios/index.ts';
import { startLab } from '../../lab/server.ts';
import type { Lab } from '../../lab/types.ts';
import { launchFirefox, type FirefoxSession } from './harness/extension.ts';
import { refuse } from './helpers.ts';
import { FirefoxPopup } from './pages/popup-page.ts';

const proxied = scenarios.filter((x) => x.kind === 'proxy' && x.harness.firefox);

let lab: Lab;
let s: FirefoxSession;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
  s = await launchFirefox({
    hosts: proxied.flatMap((x) => [`${x.id}.test`, `${x.id}.example`]),
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': lab.proxyPort,
      // Firefox's bypass list takes domain suffixes: the lab's direct hosts skip the proxy.
      'network.proxy.no_proxies_on': '.test',
    },
  });
});
afterAll(async () => {
  await s?.close();
  await lab?.close();
});

it('runs every proxy scenario the registry has for Firefox', () => {
  expect(proxied.map((x) => x.id)).toEqual(['proxy-407']);
});

it.each(proxied.map((x) => [x.id, x] as const))('%s: the popup ranks the expected cause first, with the proxy as the one who refused', async (id, scenario) => {
  lab.reset();
  const { page, tabId } = await refuse(s, scenario, `http://${id}.example:${lab.port}`, `http://${id}.test:${lab.port}`);
  const popup = await FirefoxPopup.open(s, tabId);
  expect(await popup.topCause(), await popup.text('main').catch(() => '')).toBe(scenario.expectedCause);
  await popup.close();
  await page.close();
});
