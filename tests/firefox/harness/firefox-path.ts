// Finds the Firefox the real-browser tests drive: FIREFOX_PATH first, then Debian's firefox-esr.
// puppeteer-core talks WebDriver BiDi to stock Firefox; no geckodriver is needed.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox tests. Install Debian\'s package (apt-get install -y firefox-esr) ' +
        'or set FIREFOX_PATH to a Firefox 142+ binary.',
    );
  }
  return found;
}
