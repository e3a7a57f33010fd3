// Which harnesses a scenario runs in (Scenario.harness), named once so each scenario says why.
import type { Harnesses } from './types.ts';

export const EVERY_HARNESS: Harnesses = { chromium: true, firefox: true, cli: true };
/** A diagnosis that needs what the tab saw before (successes, cookies, other sites): no CLI. */
export const BROWSERS_ONLY: Harnesses = { chromium: true, firefox: true, cli: false };
