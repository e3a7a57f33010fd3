// Contact the owner: the report to send (plain text or Markdown, never a credential), and the
// contact the site publishes in security.txt, looked up only when asked.
import { useState } from 'preact/hooks';
import { fetchSecurityTxt, type SecurityTxt } from '../../../platform/security-txt.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';
import { CopyButton } from '../CopyButton.tsx';

export function ContactOwnerStep() {
  const t = useT();
  const env = useStepEnv();
  const [contact, setContact] = useState<SecurityTxt | null | 'none'>(null);
  let origin = '';
  try {
    origin = new URL(env.focus.url).origin;
  } catch {
    // An unparsable URL has no site to ask.
  }
  return (
    <div>
      <p class="buttons">
        <CopyButton action="copy-report" label={t('popup_copy_report_text')} text={() => env.report().text} />
        <CopyButton action="copy-report-markdown" plain label={t('popup_copy_report_markdown')} text={() => env.report().markdown} />
      </p>
      <details>
        <summary>{t('popup_report_preview')}</summary>
        <pre class="code" data-report>
          {env.report().text}
        </pre>
      </details>
      {origin && contact === null && (
        <ActionButton action="find-contact" plain run={async () => setContact((await fetchSecurityTxt(origin)) ?? 'none')}>
          {t('popup_find_contact')}
        </ActionButton>
      )}
      {contact === 'none' && <p role="status">{t('popup_contact_none')}</p>}
      {contact && contact !== 'none' && (
        <div role="status" data-contact>
          <p>{t('popup_contact_found', contact.url)}</p>
          <ul>
            {contact.contacts.map((c) => (
              <li key={c}>
                <a href={c} target="_blank" rel="noreferrer noopener">
                  {c.replace(/^mailto:/i, '')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
