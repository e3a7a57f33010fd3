// The one place that touches the WebExtension global: Chromium's `chrome` through the promise-based
// polyfill, Firefox's native `browser`. Everything else imports from here so tests can fake it.
import browser from 'webextension-polyfill';

export type Browser = typeof browser;
export { browser };
