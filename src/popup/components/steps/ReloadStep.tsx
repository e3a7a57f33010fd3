import { reloadTab } from '../../../platform/popup-tabs.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';

/** Reload (and "wait, then retry", which ends in the same click). */
export function ReloadStep({ action }: { action: 'reload' | 'wait-retry' }) {
  const t = useT();
  const env = useStepEnv();
  return (
    <div>
      {action === 'wait-retry' && env.focus.retryAfter && <p>{t('popup_retry_after', env.focus.retryAfter)}</p>}
      <ActionButton action={action} primary run={() => reloadTab(env.tabId)}>
        {t('popup_reload_button')}
      </ActionButton>
    </div>
  );
}
