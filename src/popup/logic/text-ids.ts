// The message ids of texts other areas own: cause titles (causes.json) and step texts
// (steps.json) of the diagnosis. Kept in one place so a renamed convention is a one-line change.
import type { CauseId, Confidence, StepId } from '../../core/diagnosis/types.ts';

const snake = (id: string) => id.replace(/-/g, '_');

export const causeTitle = (id: CauseId) => `cause_${snake(id)}_title`;
export const causeSummary = (id: CauseId) => `cause_${snake(id)}_summary`;
export const stepTitle = (id: StepId) => `step_${snake(id)}_title`;
export const stepText = (id: StepId) => `step_${snake(id)}_text`;
export const confidenceText = (c: Confidence) => `popup_confidence_${c}`;
