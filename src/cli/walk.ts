// The steps a terminal user reads, each once (issue 13): the same plan the popup shows
// (src/core/view/step-plan.ts), without the browser's buttons (copy the report, reload and watch,
// other extensions), in words about what to type rather than what to press.
import { flushDnsCommand } from '../core/diagnosis/steps.ts';
import type { Diagnosis, DiagnosisInput, Message, Os, StepId } from '../core/diagnosis/types.ts';
import { checkUrl } from '../core/url/checks.ts';
import { planSteps, stepFacts } from '../core/view/step-plan.ts';
import { forTerminal, stepTextsFor } from '../core/view/step-texts.ts';

export interface TerminalStep {
  id: StepId;
  title: Message;
  text: Message;
  /** A command to type, where the step has one (the OS's DNS flush). */
  command: Message | null;
}

export interface TerminalWalk {
  steps: TerminalStep[];
  fallbackSteps: TerminalStep[];
}

export function terminalWalk(d: Diagnosis, input: DiagnosisInput, os: Os): TerminalWalk {
  const focus = d.focus;
  if (!focus) return { steps: [], fallbackSteps: [] };
  const plan = planSteps(d, input);
  const check = checkUrl({ url: focus.url, worked: [], redirectChain: focus.redirectChain });
  const facts = { ...stepFacts(focus, input), urlMarked: check.segments.some((s) => s.issue !== null) };
  const step = (id: StepId): TerminalStep => {
    const t = stepTextsFor(id, facts, 'terminal');
    return { id, title: t.title, text: t.text, command: id === 'flush-dns' ? flushDnsCommand(os) : null };
  };
  return { steps: forTerminal(plan.offered, facts).map(step), fallbackSteps: forTerminal(plan.fallback, facts).map(step) };
}
