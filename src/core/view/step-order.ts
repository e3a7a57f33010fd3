// The step cards, in the diagnosis' order: the top cause's steps first, then each next cause's
// steps not shown yet. Steps that live inside another card (the last working page and the home
// page are buttons of "check the URL"; copying the report is part of "contact the owner") are
// folded into it when that card is shown.
import { orderedSteps as stepsOnce } from '../diagnosis/headline.ts';
import type { RankedCause, StepId } from '../diagnosis/types.ts';

const HOSTED_BY: Partial<Record<StepId, StepId>> = {
  'open-last-working': 'check-url',
  'open-home': 'check-url',
  'copy-report': 'contact-owner',
};

export function orderedSteps(causes: readonly RankedCause[]): StepId[] {
  const all = stepsOnce({ causes });
  // Contacting the owner is always possible and the report always useful, so it closes the list.
  if (causes.length > 0 && !all.includes('contact-owner')) all.push('contact-owner');
  return all.filter((s) => {
    const host = HOSTED_BY[s];
    return !host || !all.includes(host);
  });
}
