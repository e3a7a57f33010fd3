// The fix steps as cards, in the diagnosis' order; each step id picks the controls it carries.
import type { RankedCause, StepId } from '../../core/diagnosis/types.ts';
import { orderedSteps } from '../logic/step-order.ts';
import { useT } from '../state/i18n-context.ts';
import { StepCard } from './StepCard.tsx';
import { CheckUrlStep } from './steps/CheckUrlStep.tsx';
import { ClearSiteDataStep } from './steps/ClearSiteDataStep.tsx';
import { ContactOwnerStep } from './steps/ContactOwnerStep.tsx';
import { ExtensionsStep } from './steps/ExtensionsStep.tsx';
import { FlushDnsStep } from './steps/FlushDnsStep.tsx';
import { ReloadStep } from './steps/ReloadStep.tsx';
import { ReloginStep } from './steps/ReloginStep.tsx';

function Controls({ step }: { step: StepId }) {
  switch (step) {
    case 'check-url':
      return <CheckUrlStep />;
    case 'open-last-working':
    case 'open-home':
      return <CheckUrlStep parts={step} />;
    case 'clear-site-data':
      return <ClearSiteDataStep />;
    case 'relogin':
      return <ReloginStep />;
    case 'reload':
    case 'wait-retry':
      return <ReloadStep action={step} />;
    case 'flush-dns':
      return <FlushDnsStep />;
    case 'check-extensions':
      return <ExtensionsStep />;
    case 'contact-owner':
    case 'copy-report':
      return <ContactOwnerStep />;
    default:
      // Instructions only (another network, proxy settings, the owner's own fixes): the text says it all.
      return null;
  }
}

export function StepList({ causes }: { causes: readonly RankedCause[] }) {
  const t = useT();
  const steps = orderedSteps(causes);
  return (
    <section aria-labelledby="steps">
      <h2 id="steps">{t('popup_steps')}</h2>
      <ol class="steps">
        {steps.map((s, i) => (
          <StepCard key={s} step={s} index={i}>
            <Controls step={s} />
          </StepCard>
        ))}
      </ol>
    </section>
  );
}
