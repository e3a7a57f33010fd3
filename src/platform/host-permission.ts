// Firefox may hold back the <all_urls> host permission (origin controls); without it no
// webRequest event reaches the background, so the popup asks for it in one click.
import { browser } from './browser.ts';

/** Call synchronously from the click handler: permission requests need the user's gesture. */
export function requestAllHosts(): Promise<boolean> {
  return browser.permissions.request({ origins: ['<all_urls>'] }).catch(() => false);
}
