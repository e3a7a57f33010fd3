// Finds the Firefox the real-browser tests drive: FIREFOX_PATH first, then Debian's firefox-esr.
// puppeteer-core talks WebDriver BiDi to stock Firefox; no geckodriver is needed.
import { browserPath } from '../../e2e/harness/browser-path.ts';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  return browserPath(
    env,
    'FIREFOX_PATH',
    FIREFOX_CANDIDATES,
    'No Firefox found for the Firefox tests. Install Debian\'s package (apt-get install -y firefox-esr) ' +
      'or set FIREFOX_PATH to a Firefox 142+ binary.',
  );
}
