// Service-worker entry: registers every listener synchronously at start-up, as MV3 requires for
// events to wake a stopped worker.
import { browser } from '../platform/browser.ts';

browser.runtime.onInstalled.addListener(() => {
  console.info('401 Doctor installed');
});
