// The fix steps as cards, in the diagnosis' order.
import type { RankedCause } from '../../core/diagnosis/types.ts';
import { orderedSteps } from '../../core/view/step-order.ts';
import { useT } from '../state/i18n-context.ts';
import { useLazy } from '../state/use-lazy.ts';
import { StepCard } from './StepCard.tsx';

export function StepList({ causes }: { causes: readonly RankedCause[] }) {
  const t = useT();
  const steps = orderedSteps(causes);
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
