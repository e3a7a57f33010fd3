// Contact the owner: the report to send (plain text or Markdown, never a credential), and the
// contact the site publishes in security.txt, looked up only when asked. For a proxy's 407 the
// same report goes to the network's administrator instead (`admin`): the site cannot fix its proxy.
import { useState } from 'preact/hooks';
import { useFocusOn } from '../../state/focus.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';
import { CopyButton } from '../CopyButton.tsx';
import { OwnerContact } from './OwnerContact.tsx';

export function ContactOwnerStep({ admin = false }: { admin?: boolean }) {
  const t = useT();
  const env = useStepEnv();
  const [preview, setPreview] = useState<string | null>(null);
  // "What the report says" goes away once pressed: focus moves to the report it opened.
  const shown = useFocusOn<HTMLPreElement>(preview);
  return (
    <div>
      {admin && <p>{t('popup_network_admin_note')}</p>}
      <p class="buttons">
        <CopyButton action="copy-report" primary label={t('popup_copy_report_text')} text={() => env.report('text')} />
        <CopyButton action="copy-report-markdown" plain label={t('popup_copy_report_markdown')} text={() => env.report('markdown')} />
        {preview === null && (
          <ActionButton action="show-report" plain run={async () => setPreview(await env.report('text'))}>
            {t('popup_report_preview')}
          </ActionButton>
        )}
      </p>
      {preview !== null && (
        <pre ref={shown} class="code" data-report tabIndex={0} aria-label={t('popup_report_preview')}>
          {preview}
        </pre>
      )}
      {!admin && <OwnerContact url={env.focus.url} />}
    </div>
  );
}
