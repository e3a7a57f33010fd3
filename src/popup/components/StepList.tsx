// The fix steps as cards, in the order the view gives (src/core/view/step-plan.ts).
import type { StepId } from '../../core/diagnosis/types.ts';
import { useT } from '../state/i18n-context.ts';
import { useLazy } from '../state/use-lazy.ts';
import { StepCard } from './StepCard.tsx';

export function StepList({ steps }: { steps: readonly StepId[] }) {
  const t = useT();
  // The controls (and the browser wrappers they use) load right after the first paint: the answer
  // and the step texts come first, within the popup's size and time budget.
  const mod = useLazy(() => import('./StepControls.tsx'), true);
  return (
    <section aria-labelledby="steps">
      <h2 id="steps">{t('popup_steps')}</h2>
      <ol class="steps">
        {steps.map((s, i) => (
          <StepCard key={s} step={s} index={i}>
            {mod && <mod.StepControls step={s} />}
          </StepCard>
        ))}
      </ol>
    </section>
  );
}
