// Firefox may withhold the host permission; without it the extension sees no request at all.
import { requestAllHosts } from '../../platform/host-permission.ts';
import { useT } from '../state/i18n-context.ts';
import { ActionButton } from './ActionButton.tsx';

export function HostPermissionNotice({ onGranted }: { onGranted(): void }) {
  const t = useT();
  return (
    <section class="card notice" role="alert" data-notice="host-permission">
      <p>{t('popup_hostperm_text')}</p>
      <ActionButton
        action="grant-host-permission"
        plain
        primary
        run={() =>
          requestAllHosts().then((granted) => {
            if (granted) onGranted();
          })
        }
      >
        {t('popup_hostperm_button')}
      </ActionButton>
    </section>
  );
}
