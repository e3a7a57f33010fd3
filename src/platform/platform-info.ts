// What the popup needs to know about the browser and the OS it runs on, found by feature
// detection rather than user-agent sniffing.
import type { Os } from '../core/diagnosis/types.ts';
import { browser } from './browser.ts';

export type BrowserFamily = 'chromium' | 'firefox';

/** runtime.getBrowserInfo exists in Firefox only. */
export function browserFamily(): BrowserFamily {
  const runtime = browser.runtime as { getBrowserInfo?: unknown } | undefined;
  return typeof runtime?.getBrowserInfo === 'function' ? 'firefox' : 'chromium';
}

const KNOWN: readonly Os[] = ['win', 'mac', 'linux', 'cros', 'android', 'openbsd', 'fuchsia'];

export async function platformOs(): Promise<Os> {
  try {
    const { os } = await browser.runtime.getPlatformInfo();
    return (KNOWN as readonly string[]).includes(os) ? (os as Os) : 'other';
  } catch {
    return 'other';
  }
}

/** The browser's own page that shows (and can clear) its host-name cache. */
export function hostCachePage(family: BrowserFamily): string {
  return family === 'firefox' ? 'about:networking#dns' : 'chrome://net-internals/#dns';
}
