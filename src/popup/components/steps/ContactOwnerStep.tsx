// Contact the owner: the report to send (plain text or Markdown, never a credential), and the
// contact the site publishes in security.txt, looked up only when asked.
import { useState } from 'preact/hooks';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';
import { CopyButton } from '../CopyButton.tsx';
import { OwnerContact } from './OwnerContact.tsx';

export function ContactOwnerStep() {
  const t = useT();
  const env = useStepEnv();
  const [preview, setPreview] = useState<string | null>(null);
  return (
    <div>
      <p class="buttons">
        <CopyButton action="copy-report" label={t('popup_copy_report_text')} text={() => env.report('text')} />
        <CopyButton action="copy-report-markdown" plain label={t('popup_copy_report_markdown')} text={() => env.report('markdown')} />
        {preview === null && (
          <ActionButton action="show-report" plain run={async () => setPreview(await env.report('text'))}>
            {t('popup_report_preview')}
          </ActionButton>
        )}
      </p>
      {preview !== null && (
        <pre class="code" data-report tabIndex={0}>
          {preview}
        </pre>
      )}
      <OwnerContact url={env.focus.url} />
    </div>
  );
}
