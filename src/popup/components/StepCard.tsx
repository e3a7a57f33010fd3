// One fix step: its title and text (steps.json), the step's own controls, and "done — still
// broken?", which records the attempt and diagnoses again.
import type { ComponentChildren } from 'preact';
import type { StepId } from '../../core/diagnosis/types.ts';
import { stepText, stepTitle } from '../logic/text-ids.ts';
import { useT } from '../state/i18n-context.ts';
import { useStepEnv } from '../state/step-env.ts';
import { ActionButton } from './ActionButton.tsx';

export function StepCard({ step, index, children }: { step: StepId; index: number; children?: ComponentChildren }) {
  const t = useT();
  const env = useStepEnv();
  const titleId = `step-${step}`;
  return (
    <li class="card step" data-step={step} aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span class="num" aria-hidden="true">{index + 1}</span> {t(stepTitle(step))}
      </h3>
      <p>{t(stepText(step))}</p>
      {children}
      <p class="done">
        <ActionButton action={`done-${step}`} plain run={() => env.done(step)}>
          {t('popup_done_still_broken')}
        </ActionButton>
      </p>
    </li>
  );
}
