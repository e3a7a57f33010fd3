// What a step card needs to act: the tab, the refused request, the browser it runs in, and the
// callbacks that re-run the diagnosis. Given once by the diagnosis view, read by every card.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Challenge } from '../../core/challenge/types.ts';
import type { Diagnosis, InstalledExtension, Os, StepId } from '../../core/diagnosis/types.ts';
import type { Observation, Success } from '../../core/observation.ts';
import type { BrowserFamily } from '../../platform/platform-info.ts';

export interface StepEnv {
  tabId: number;
  focus: Observation;
  family: BrowserFamily;
  os: Os;
  challenges: Challenge[];
  /** Every URL recorded on the tab's pages (masked), for fingerprints such as WordPress. */
  seenUrls: string[];
  successes: Success[];
  diagnosis: Diagnosis;
  extensions: InstalledExtension[] | null;
  setExtensions(list: InstalledExtension[] | null): void;
  /** The report for the owner, built on demand. */
  report(format: 'text' | 'markdown'): Promise<string>;
  /** "Done — still broken?": records the attempt and diagnoses again. */
  done(step: StepId): Promise<void>;
}

export const StepEnvContext = createContext<StepEnv | null>(null);

export function useStepEnv(): StepEnv {
  const env = useContext(StepEnvContext);
  if (!env) throw new Error('StepEnvContext missing');
  return env;
}
