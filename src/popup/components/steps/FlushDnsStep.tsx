// The OS command that empties the DNS cache, ready to copy, and the browser's own host cache page.
import { hostCachePage } from '../../../platform/platform-info.ts';
import { openTab } from '../../../platform/popup-tabs.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';
import { CopyButton } from '../CopyButton.tsx';

export function FlushDnsStep() {
  const t = useT();
  const env = useStepEnv();
  const command = env.view.dnsCommand ? t(env.view.dnsCommand) : null;
  const page = hostCachePage(env.view.family);
  return (
    <div>
      {command ? (
        <>
          <p>{t('popup_dns_command_label')}</p>
          <pre class="code" data-dns-command>
            {command}
          </pre>
          <CopyButton action="flush-dns" primary label={t('popup_dns_copy')} text={() => command} />
        </>
      ) : (
        <p>{t('popup_dns_no_command')}</p>
      )}
      <p>
        <ActionButton action={command ? 'open-dns-page' : 'flush-dns'} plain={Boolean(command)} primary={!command} run={() => openTab(page)}>
          {t('popup_dns_open_page', page)}
        </ActionButton>
      </p>
    </div>
  );
}
