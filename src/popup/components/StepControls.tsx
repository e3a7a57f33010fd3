// Each step id picks the controls its card carries: a one-click action where the browser allows it.
import type { StepId } from '../../core/diagnosis/types.ts';
import { CheckUrlStep } from './steps/CheckUrlStep.tsx';
import { ClearSiteDataStep } from './steps/ClearSiteDataStep.tsx';
import { ContactOwnerStep } from './steps/ContactOwnerStep.tsx';
import { ExtensionsStep } from './steps/ExtensionsStep.tsx';
import { FlushDnsStep } from './steps/FlushDnsStep.tsx';
import { ForThisComputer } from './steps/ForThisComputer.tsx';
import { OwnerFixStep } from './steps/OwnerFixStep.tsx';
import { ReloadStep } from './steps/ReloadStep.tsx';
import { ReloadWatchStep } from './steps/ReloadWatchStep.tsx';
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
    case 'reload-and-watch':
      return <ReloadWatchStep />;
    case 'contact-owner':
    case 'copy-report':
      return <ContactOwnerStep />;
    case 'contact-network-admin':
      return <ContactOwnerStep admin />;
    case 'fix-clock':
    case 'allow-site-cookies':
    case 'ask-it-allowlist':
      return <ForThisComputer step={step} />;
    default:
      // The owner's and developer's fixes carry their configuration where it was written.
      if (step.startsWith('owner-fix-') || step.startsWith('dev-fix-')) return <OwnerFixStep step={step} />;
      // Instructions only (another network, proxy settings): the text says it all.
      return null;
  }
}

