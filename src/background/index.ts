// Service-worker entry: registers every listener synchronously at start-up, as MV3 requires for
// events to wake a stopped worker.
import { browser } from '../platform/browser.ts';
import { readTimelineRefusals } from '../platform/page-timeline.ts';
import type { BackgroundPorts } from './ports.ts';
import { startBackground } from './start.ts';
import { browserSources } from './view/sources.ts';

// The polyfill's typings describe more than BackgroundPorts and differ in listener signatures
// (e.g. webRequest details carry optional fields as required); the shapes used here match.
startBackground(browser as unknown as BackgroundPorts, browserSources(), { readTimeline: (tabId) => readTimelineRefusals(tabId) });

browser.runtime.onInstalled.addListener(() => {
  console.info('401 Doctor installed');
});
