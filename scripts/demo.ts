// `npm run demo`: build, start the 401 lab, and show the extension at work.
// With a display: a real Chromium window on the lab's index, ready to try by hand.
// Without one (CI, this kind of machine): headless, it visits a few lab scenarios, opens the
// popup on each, prints what the popup says and saves screenshots under demo-output/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startLab } from '../lab/server.ts';
import { CHROMIUM, ensureBrowsers, realMachine } from './browsers.ts';
import { ensurePackages, LAB_PACKAGES } from './system-packages.ts';
import { scenarios } from '../lab/scenarios/index.ts';
import { launchExtension } from '../tests/e2e/harness/extension.ts';
import { cancelSignInDialogs } from '../tests/e2e/popup-helpers.ts';

const OUT = resolve(import.meta.dirname, '../demo-output');
// One scenario per kind of trouble a person meets; the stale session is also shot in ru and dark,
// and after "done — still broken?" on its first step (the walk, issue 13).
const README_SHOT = 'session-forgotten';
const SHOWN = ['basic', 'bearer-invalid-token', 'session-forgotten', 'iis-401-1', 'no-challenge', 'redirect-into-401', 'proxy-407'];

function build(): void {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function headed(): Promise<void> {
  const lab = await startLab({ port: 0 });
  const s = await launchExtension({ headed: true, mapHosts: ['*.test'], args: [`--proxy-server=${lab.proxyUrl}`, '--proxy-bypass-list=<-loopback>'] });
  const page = s.context.pages()[0] ?? (await s.context.newPage());
  await page.goto(lab.url.replace('127.0.0.1', 'lab.test'));
  console.log(`401 lab: ${lab.url}\nChromium is open on the lab's index with 401 Doctor loaded. Close the window to stop.`);
  await new Promise<void>((done) => s.context.on('close', () => done()));
  await lab.close();
}

async function headless(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const lab = await startLab({ port: 0 });
  const labHost = lab.url.replace('127.0.0.1', 'demo.test');
  console.log(`401 lab on ${lab.url} (${scenarios.length} scenarios); no display, so the demo runs headless.\n`);
  const shots: string[] = [];
  const proxyArgs = [`--proxy-server=${lab.proxyUrl}`, '--proxy-bypass-list=<-loopback>'];
  for (const lang of ['en', 'ru'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const everyScenario = lang === 'en' && scheme === 'light';
      const ids = everyScenario ? SHOWN : [README_SHOT];
      for (const id of ids) {
        const scenario = scenarios.find((x) => x.id === id);
        if (!scenario) throw new Error(`the demo names a lab scenario that does not exist: ${id}`);
        lab.reset();
        // A browser per scenario: the proxy scenario needs every request to go through the lab's proxy.
        const s = await launchExtension({ mapHosts: ['*.test'], locale: lang, colorScheme: scheme, args: scenario.kind === 'proxy' ? proxyArgs : [] });
        try {
          const { page, tabId } = await s.newTab();
          // Headless Chromium cannot show the sign-in dialog; do what a person does with it: cancel,
          // so the server's own 401 page shows (the page the popup reads, e.g. IIS's 401.1 text).
          await cancelSignInDialogs(page);
          if (scenario.prepare) await scenario.prepare(page, labHost);
          const path = scenario.kind === 'page' && scenario.refused?.method === 'GET' ? scenario.refused.path : scenario.path;
          await page.goto(`${labHost}${path}`, { waitUntil: 'load', timeout: 10_000 }).catch(() => undefined);
          await page.waitForTimeout(scenario.kind === 'fetch' ? 1500 : 500);
          const popup = await s.openPopup(tabId, { lang });
          await popup.setViewportSize({ width: 400, height: 600 });
          // The popup marks its body once the diagnosis and the step controls are on screen.
          await popup.locator('body[data-ready="true"][data-settled="true"]').waitFor({ timeout: 10_000 });
          const file = `${OUT}/${id}-${lang}-${scheme}.png`;
          await popup.screenshot({ path: file, fullPage: true });
          shots.push(file);
          if (everyScenario) {
            const top = await popup.locator('[data-cause]').first().getAttribute('data-cause').catch(() => null);
            const text = (await popup.locator('main').innerText()).replace(/\n{2,}/g, '\n').trim();
            console.log(`━━ ${scenario.title}  (${labHost}${path})  top cause: ${top ?? 'none'}, expected: ${scenario.expectedCause}`);
            console.log(`${text.split('\n').slice(0, 12).map((l) => `   ${l}`).join('\n')}\n`);
          }
          if (id === README_SHOT) {
            // The walk: the first step marked "done — still broken?", the new diagnosis says what changed.
            const first = await popup.locator('section[aria-labelledby="steps"] [data-step]').first().getAttribute('data-step');
            await popup.locator(`[data-control="done-${first}"]`).click();
            await popup.locator('#walk-status:not(:empty)').waitFor({ timeout: 10_000 });
            const walked = `${OUT}/${id}-${lang}-${scheme}-after-done.png`;
            await popup.screenshot({ path: walked, fullPage: true });
            shots.push(walked);
            // The README's picture (docs/popup.png): the first screen of that walk.
            if (lang === 'en' && scheme === 'light') await popup.screenshot({ path: `${OUT}/readme.png` });
            if (scheme === 'light') console.log(`━━ after "done — still broken?" (${lang}): ${await popup.locator('#walk-status').innerText()}\n`);
          }
        } finally {
          await s.close();
        }
      }
    }
  }
  await lab.close();
  console.log(`Saved ${shots.length} popup screenshots in demo-output/.`);
}

// A fresh machine: Chromium comes from Debian when we may install it, else one line says how.
const machine = realMachine();
// The lab it opens runs Debian's nginx, Apache, squid and caddy: brought the same way.
const missing = [...ensureBrowsers([CHROMIUM], machine), ...ensurePackages(LAB_PACKAGES, machine)];
if (missing.length) {
  for (const line of missing) console.error(`npm run demo: ${line}`);
  process.exit(1);
}
build();
try {
  await (process.env.DISPLAY ? headed() : headless());
} catch (e) {
  // One sentence, not a stack trace: what went wrong is what the person needs to read.
  console.error(`npm run demo: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exit(1);
}
