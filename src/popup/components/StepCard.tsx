// One fix step: its title and text (steps.json), the step's own controls, and "done — still
// broken?", which records the attempt and diagnoses again. A step already tried is marked so,
// keeps its controls (secondary) and has no "done" of its own: it was done.
import type { ComponentChildren } from 'preact';
import type { StepId } from '../../core/diagnosis/types.ts';
import { stepText, stepTitle } from '../logic/text-ids.ts';
import { useT } from '../state/i18n-context.ts';
import { PrimaryContext } from '../state/primary.ts';
import { useStepEnv } from '../state/step-env.ts';
import { ActionButton } from './ActionButton.tsx';

interface Props {
  step: StepId;
  /** Its number in the walk; null for a tried step, marked instead. */
  index: number | null;
  /** The first offered card: the only one whose main button is filled. */
  first?: boolean;
  children?: ComponentChildren;
}

export function StepCard({ step, index, first = false, children }: Props) {
  const t = useT();
  const env = useStepEnv();
  const titleId = `step-${step}`;
  const tried = index === null;
  return (
    <li class={tried ? 'card step tried' : 'card step'} data-step={step} data-tried={tried ? 'true' : undefined} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {tried ? <span class="badge">{t('popup_tried_mark')}</span> : <span class="num" aria-hidden="true">{index + 1}</span>} {t(stepTitle(step))}
      </h3>
      {/* The first card puts its one primary action right under its title, so it stays in the
          popup's first 600 px however long the headline and the step's words run (issue 13);
          the text below then says what the click did and why. */}
      {!first && <p>{t(stepText(step))}</p>}
      <PrimaryContext.Provider value={first}>{children}</PrimaryContext.Provider>
      {first && <p>{t(stepText(step))}</p>}
      {!tried && (
        <p class="done">
          <ActionButton action={`done-${step}`} plain run={() => env.done(step)}>
            {t('popup_done_still_broken')}
          </ActionButton>
        </p>
      )}
    </li>
  );
}
