// Finds the Chromium the real-browser tests drive: CHROME_PATH first, then Debian's package.
// Branded Google Chrome ignores --load-extension since version 137, so it is not looked for.
import { browserPath } from './browser-path.ts';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return browserPath(
    env,
    'CHROME_PATH',
    CHROMIUM_CANDIDATES,
    'No Chromium found for the real-browser tests. Install Debian\'s package (apt-get install -y chromium) ' +
      'or set CHROME_PATH to a Chromium build that honours --load-extension.',
  );
}
