// Message ids of texts other areas own: cause titles (diagnosis) and step texts. The same
// convention as the popup's (src/popup/logic/text-ids.ts), so both say the same words.
import type { CauseId, Confidence, StepId } from '../core/diagnosis/types.ts';

const snake = (id: string): string => id.replace(/-/g, '_');

export const causeTitle = (id: CauseId): string => `cause_${snake(id)}_title`;
export const stepTitle = (id: StepId): string => `step_${snake(id)}_title`;
export const stepText = (id: StepId): string => `step_${snake(id)}_text`;
export const confidenceText = (c: Confidence): string => `cli_confidence_${c}`;
