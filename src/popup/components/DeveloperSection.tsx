// For the developer and the site's owner: the refused request as a curl command to replay it
// from a terminal. The background builds it with every credential replaced by a placeholder
// (src/core/view/curl.ts), so copying it leaks nothing.
import { useT } from '../state/i18n-context.ts';
import { CopyButton } from './CopyButton.tsx';

export function DeveloperSection({ curl }: { curl: string }) {
  const t = useT();
  return (
    <details class="section" data-section="developer">
      <summary>
        <h2>{t('popup_developer_heading')}</h2>
      </summary>
      <p>{t('popup_curl_note')}</p>
      <pre class="code" data-curl>
        {curl}
      </pre>
      <CopyButton action="copy-curl" plain label={t('popup_copy_curl')} text={() => curl} />
    </details>
  );
}
