// Finds the Chromium the real-browser tests drive: CHROME_PATH first, then Debian's package.
// Branded Google Chrome ignores --load-extension since version 137, so it is not looked for.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the real-browser tests. Install Debian\'s package (apt-get install -y chromium) ' +
        'or set CHROME_PATH to a Chromium build that honours --load-extension.',
    );
  }
  return found;
}
