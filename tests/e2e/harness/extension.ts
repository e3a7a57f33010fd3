// Launches real Chromium with the built extension loaded (the recipe of platform-notes.md) and
// gives tests the handles they need: the context, the service worker, the extension's id, and a
// way to open the popup as a page for a given tab (popup.html?tab=ID).
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium.ts';
import { openTabWithId } from './new-tab.ts';

export const DIST_CHROME = resolve(import.meta.dirname, '../../../dist/chrome');

export interface LaunchOptions {
  /** Extra Chromium switches, e.g. --proxy-server. */
  args?: string[];
  /** Host names mapped onto the lab, e.g. ['*.test']. */
  mapHosts?: string[];
  /** Launch without the extension (benchmarks). */
  withoutExtension?: boolean;
  /** Load another unpacked extension instead of ours (benchmarks). */
  extensionDir?: string;
  locale?: string;
  /** A visible window (needs a display); the demo uses it. */
  headed?: boolean;
  colorScheme?: 'light' | 'dark';
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker | null;
  extensionId: string | null;
  /** Opens popup.html as a tab; `tabId` makes it diagnose that tab (test hook of the popup). */
  openPopup(tabId?: number, query?: Record<string, string>): Promise<Page>;
  /** The browser's id for a page's tab, asked of the extension itself. */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Opens a new tab and returns it with its id. The id is known before any navigation, which
   * matters: after a main-frame 401 Chromium leaves the tab on its previous URL.
   */
  newTab(): Promise<{ page: Page; tabId: number }>;
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const dir = options.extensionDir ?? DIST_CHROME;
  if (!options.withoutExtension && !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), '401doctor-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(options.withoutExtension ? ['--disable-extensions'] : [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]),
    ...(options.mapHosts?.length ? [`--host-resolver-rules=${options.mapHosts.map((h) => `MAP ${h} 127.0.0.1`).join(',')}`] : []),
    ...(options.args ?? []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: !options.headed,
    args,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1000, height: 700 },
  });
  let worker: Worker | null = null;
  let extensionId: string | null = null;
  if (!options.withoutExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const session: ExtensionSession = {
    context,
    worker,
    extensionId,
    async openPopup(tabId, query = {}) {
      if (!extensionId) throw new Error('launched without the extension');
      const params = new URLSearchParams(query);
      if (tabId !== undefined) params.set('tab', String(tabId));
      const page = await context.newPage();
      const qs = params.toString();
      await page.goto(`chrome-extension://${extensionId}/popup.html${qs ? `?${qs}` : ''}`);
      return page;
    },
    async tabIdOf(page) {
      if (!worker) throw new Error('launched without the extension');
      const url = page.url();
      const ids = await worker.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.filter((t) => t.url === u || t.pendingUrl === u).map((t) => t.id ?? -1);
      }, url);
      if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
      return ids[0] as number;
    },
    async newTab() {
      if (!worker) throw new Error('launched without the extension');
      const listIds = () => worker!.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
      return openTabWithId(listIds, () => context.newPage(), 50);
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}
