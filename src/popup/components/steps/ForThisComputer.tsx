// Steps whose how-to depends on where the person is: the clock setting of their OS (fix-clock),
// their browser's cookie exception (allow-site-cookies), the IT allow-list policy for their
// browser and OS (ask-it-allowlist, a copyable snippet with the host filled in). Each text is
// shown only when the build has it; otherwise the card stays the step's title and text.
import type { StepId } from '../../../core/diagnosis/types.ts';
import { useHas, useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { CodeBlock } from './CodeBlock.tsx';

const CLOCK_OS = ['win', 'mac', 'linux', 'cros', 'android'];
const POLICY_OS = ['win', 'mac', 'linux'];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function ForThisComputer({ step }: { step: Extract<StepId, 'fix-clock' | 'allow-site-cookies' | 'ask-it-allowlist'> }) {
  const t = useT();
  const has = useHas();
  const { view, focus } = useStepEnv();
  if (step === 'ask-it-allowlist') {
    const id = `step_ask_it_allowlist_${view.family}_${view.os}_code`;
    if (!POLICY_OS.includes(view.os) || !has(id)) return null;
    return <CodeBlock action="copy-allowlist" primary label={t('popup_allowlist_label')} code={t(id, hostOf(focus.url))} />;
  }
  const id = step === 'fix-clock' ? `step_fix_clock_${CLOCK_OS.includes(view.os) ? view.os : 'other'}` : `step_allow_site_cookies_${view.family}`;
  return has(id) ? <p data-how={id}>{t(id)}</p> : null;
}
