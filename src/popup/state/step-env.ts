// What a step card needs to act: the tab, the refused request, the view the background built for
// it, and the callbacks that ask for a new one. Given once by the diagnosis view, read by every card.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { StepId } from '../../core/diagnosis/types.ts';
import type { Observation } from '../../core/observation.ts';
import type { View } from '../../core/view/schema.ts';

export interface StepEnv {
  tabId: number;
  focus: Observation;
  view: View;
  /** The report for the owner, built by the background on demand; rejects when it cannot be had. */
  report(format: 'text' | 'markdown'): Promise<string>;
  /** "Done — still broken?": records the attempt and diagnoses again. */
  done(step: StepId): Promise<void>;
  /** Diagnoses again with what the browser shows now (e.g. after a permission was granted). */
  refresh(): Promise<void>;
}

export const StepEnvContext = createContext<StepEnv | null>(null);

export function useStepEnv(): StepEnv {
  const env = useContext(StepEnvContext);
  if (!env) throw new Error('StepEnvContext missing');
  return env;
}
