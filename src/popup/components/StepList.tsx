// The walk: the steps the evidence says can help, as numbered cards in the view's order
// (src/core/view/step-plan.ts); the ones already tried, marked and offered no more; and the
// rest folded under "If nothing else helped", in the articles' order (View.fallbackSteps).
import type { StepId } from '../../core/diagnosis/types.ts';
import { useT } from '../state/i18n-context.ts';
import { useLazy } from '../state/use-lazy.ts';
import { StepCard } from './StepCard.tsx';

interface Props {
  steps: readonly StepId[];
  fallback: readonly StepId[];
  tried: readonly StepId[];
}

export function StepList({ steps, fallback, tried }: Props) {
  const t = useT();
  // The controls (and the browser wrappers they use) load right after the first paint: the answer
  // and the step texts come first, within the popup's size and time budget.
  const mod = useLazy(() => import('./StepControls.tsx'), true);
  const offered = steps.filter((s) => !tried.includes(s));
  const folded = fallback.filter((s) => !tried.includes(s) && !offered.includes(s));
  const card = (s: StepId, index: number | null, first = false) => (
    <StepCard key={s} step={s} index={index} first={first}>
      {mod && <mod.StepControls step={s} />}
    </StepCard>
  );
  return (
    <>
      <section aria-labelledby="steps">
        <h2 id="steps">{t('popup_steps')}</h2>
        {offered.length === 0 && <p>{t('popup_steps_all_tried')}</p>}
        <ol class="steps">{offered.map((s, i) => card(s, i, i === 0))}</ol>
      </section>
      {tried.length > 0 && (
        <section aria-labelledby="tried" data-section="tried">
          <h2 id="tried">{t('popup_tried_heading')}</h2>
          <ul class="steps">{tried.map((s) => card(s, null))}</ul>
        </section>
      )}
      {folded.length > 0 && (
        <details class="section" data-section="fallback">
          <summary>
            <h2>{t('popup_fallback_heading')}</h2>
          </summary>
          <ol class="steps" start={offered.length + 1}>
            {folded.map((s, i) => card(s, offered.length + i))}
          </ol>
        </details>
      )}
    </>
  );
}
