// Launches Firefox ESR headless over WebDriver BiDi with dist/firefox installed as a temporary
// add-on (the recipe of platform-notes.md, "Firefox"), and gives tests what they need: an extension
// page to evaluate WebExtension calls in, tab ids, the popup as a page, and BiDi navigation.
import { existsSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cancelAuthPrompts, navigate } from './bidi.ts';
import { openTabWithId } from '../../e2e/harness/new-tab.ts';
import { firefoxPath } from './firefox-path.ts';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../../dist/firefox');
/** Fixed, so extension URLs are known before the add-on is installed. */
export const EXTENSION_UUID = '4a01d0c7-5e1f-4d0c-9d0c-000000000401';

export interface FirefoxOptions {
  /** Host names answered by 127.0.0.1 (network.dns.localDomains takes names, not patterns). */
  hosts?: string[];
  /**
   * False withholds the <all_urls> host permission, as Firefox does for add-ons installed from
   * AMO until the user grants it (extensions.originControls.grantByDefault).
   */
  grantHostPermission?: boolean;
  /** Extra preferences, e.g. extensions.background.idle.timeout. */
  prefs?: Record<string, string | number | boolean>;
}

export interface FirefoxSession {
  browser: Browser;
  origin: string;
  /** An extension page (popup.html without a tab) kept open to run WebExtension calls in. */
  ext: Page;
  /** Runs `fn` in the extension page, where `browser.*` is the WebExtension API. */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Opens an extension page (e.g. popup.html?tab=3) in a new tab and waits for its load event. */
  openExtensionPage(path: string): Promise<Page>;
  /** A new tab with its id, known before anything is refused in it. */
  newTab(): Promise<{ page: Page; tabId: number }>;
  /** Navigates with BiDi; works for every URL, including a 401 whose prompt is cancelled. */
  navigate(page: Page, url: string): Promise<void>;
  cancelAuthPrompts(page: Page): Promise<void>;
  close(): Promise<void>;
}

type Api = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
declare const browser: Api;

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error(`No built extension at ${DIST_FIREFOX}: run \`npm run build\` first.`);
  const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const profile = mkdtempSync(join(tmpdir(), '401doctor-firefox-'));
  const b = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    // Launching takes 4 s on an idle machine and several times that on a busy one.
    timeout: 90_000,
    protocolTimeout: 90_000,
    // Without it Firefox 153 refuses to navigate to moz-extension:// (platform-notes.md).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': options.grantHostPermission ?? true,
      'network.dns.localDomains': (options.hosts ?? []).join(','),
      // The lab speaks plain HTTP on local names; keep Firefox from upgrading or probing.
      'dom.security.https_first': false,
      'network.captive-portal-service.enabled': false,
      ...options.prefs,
    },
  });
  try {
    await b.installExtension(DIST_FIREFOX);
  } catch (e) {
    await b.close();
    throw e;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const open = async (path: string) => {
    const page = await b.newPage();
    await navigate(b, page, `${origin}/${path}`);
    return page;
  };
  const ext = await open('popup.html');
  const inExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    // puppeteer types evaluate's arguments as handles or serializables; these are plain values.
    ext.evaluate(fn as never, arg as never) as Promise<R>;
  const tabIds = () => inExtension(async () => (await browser.tabs.query({})).map((t) => t.id ?? -1), null);
  return {
    browser: b,
    origin,
    ext,
    inExtension,
    openExtensionPage: open,
    newTab: () => openTabWithId(tabIds, () => b.newPage(), 100),
    navigate: (page, url) => navigate(b, page, url),
    cancelAuthPrompts: (page) => cancelAuthPrompts(b, page),
    async close() {
      await b.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
