// Each step id picks the controls its card carries: a one-click action where the browser allows it.
import type { StepId } from '../../core/diagnosis/types.ts';
import { CheckUrlStep } from './steps/CheckUrlStep.tsx';
import { ClearSiteDataStep } from './steps/ClearSiteDataStep.tsx';
import { ContactOwnerStep } from './steps/ContactOwnerStep.tsx';
import { ExtensionsStep } from './steps/ExtensionsStep.tsx';
import { FlushDnsStep } from './steps/FlushDnsStep.tsx';
import { ReloadStep } from './steps/ReloadStep.tsx';
import { ReloginStep } from './steps/ReloginStep.tsx';

export function StepControls({ step }: { step: StepId }) {
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

