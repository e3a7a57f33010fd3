// The words of a step card, chosen by the same facts that chose the step (step-plan.ts): the
// relogin card of a Basic page says to type the password when the browser asks, not to "sign out
// for a fresh session"; "look at the highlighted part" only when a part of the URL is marked; a
// terminal user reads what to type instead of which button to press (the CLI's audience).
import { stepTexts, type StepTexts } from '../diagnosis/steps.ts';
import type { StepId } from '../diagnosis/types.ts';
import type { StepFacts } from './step-plan.ts';

export type Audience = 'browser' | 'terminal';

export interface TextFacts extends StepFacts {
  /** A segment of the URL is marked as suspicious (the check-url card highlights it). */
  urlMarked: boolean;
}

/** Steps that are buttons of the browser: a terminal has nothing to press for them. */
const BROWSER_ONLY: ReadonlySet<StepId> = new Set([
  'copy-report',
  'reload-and-watch',
  'check-extensions',
  'open-in-own-tab',
  'allow-site-cookies',
  'open-last-working',
  'open-home',
]);

/** Steps whose card is worded for the terminal (cli.json, ids cli_step_<step>_title / _text). */
const TERMINAL_WORDED: ReadonlySet<StepId> = new Set(['reload', 'relogin', 'clear-site-data', 'contact-owner', 'contact-network-admin', 'check-url', 'flush-dns', 'check-proxy']);

/** The steps a terminal user can act on: no browser buttons, and no cookies to leave out when none were sent. */
export function forTerminal(steps: readonly StepId[], f: TextFacts): StepId[] {
  return steps.filter((s) => !BROWSER_ONLY.has(s) && !NOT_IN_TERMINAL.has(`${s}:${variant(s, f) ?? ''}`));
}

const snake = (s: string): string => s.replace(/-/g, '_');

/** The worded variants of a step's text (ids <text id>_<variant>), one source for the picker and the locale test. */
const VARIANTS: Partial<Record<StepId, readonly string[]>> = {
  relogin: ['prompted', 'token'],
  reload: ['stale'],
  'clear-site-data': ['no_cookies'],
  'check-url': ['plain'],
};
/** A terminal sends only the cookies it is given: with none sent there is nothing to leave out (terminalSteps drops the step). */
const NOT_IN_TERMINAL = new Set(['clear-site-data:no_cookies']);

function variant(step: StepId, f: TextFacts): string | null {
  switch (step) {
    case 'relogin':
      if (f.prompted) return 'prompted';
      return f.cookies ? null : 'token';
    case 'reload':
      return f.staleNonce ? 'stale' : null;
    case 'clear-site-data':
      return f.cookies ? null : 'no_cookies';
    case 'check-url':
      return f.urlMarked ? null : 'plain';
    default:
      return null;
  }
}

export function stepTextsFor(step: StepId, f: TextFacts, audience: Audience = 'browser'): StepTexts {
  const base = stepTexts(step);
  const v = variant(step, f);
  if (audience === 'terminal' && TERMINAL_WORDED.has(step)) {
    const k = `cli_step_${snake(step)}`;
    return { title: { id: `${k}_title` }, text: { id: v ? `${k}_text_${v}` : `${k}_text` } };
  }
  return v ? { title: base.title, text: { id: `${base.text.id}_${v}` } } : base;
}

/** Every text id a step can be shown with, for the locale test. */
export function allStepTextIds(step: StepId): string[] {
  const k = snake(step);
  const ids = [`step_${k}_title`, `step_${k}_text`];
  for (const v of VARIANTS[step] ?? []) ids.push(`step_${k}_text_${v}`);
  if (TERMINAL_WORDED.has(step)) {
    ids.push(`cli_step_${k}_title`, `cli_step_${k}_text`);
    for (const v of VARIANTS[step] ?? []) if (!NOT_IN_TERMINAL.has(`${step}:${v}`)) ids.push(`cli_step_${k}_text_${v}`);
  }
  return ids;
}
