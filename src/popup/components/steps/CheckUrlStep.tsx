// Check the URL: the refused URL split in parts with the suspicious ones marked, the last page of
// this site that worked, and the site's home.
import { checkUrl } from '../../../core/url/checks.ts';
import { navigateTab } from '../../../platform/popup-tabs.ts';
import { urlIssueEvidenceId } from '../../../core/diagnosis/causes/url-mistake.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';

/** `parts` says which buttons this card carries: all of them, or one when shown on its own. */
export function CheckUrlStep({ parts = 'all' }: { parts?: 'all' | 'open-last-working' | 'open-home' }) {
  const t = useT();
  const env = useStepEnv();
  const check = checkUrl({
    url: env.focus.url,
    worked: env.successes,
    redirectChain: env.focus.redirectChain,
  });
  const detailOf = (kind: string) => check.issues.find((i) => i.kind === kind)?.detail;
  return (
    <div>
      {parts === 'all' && (
        <>
          <p class="url" aria-label={t('popup_url_label')} data-url>
            {check.segments.map((s, i) =>
              s.issue ? (
                <mark key={i} data-issue={s.issue} title={t(urlIssueEvidenceId(s.issue), detailOf(s.issue) ?? s.text)}>
                  {s.text}
                </mark>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )}
          </p>
          {check.issues.length > 0 && (
            <ul>
              {check.issues.map((i) => (
                <li key={i.kind}>{t(urlIssueEvidenceId(i.kind), i.detail ?? '')}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <p class="buttons">
        {parts !== 'open-home' &&
          (check.lastWorking ? (
            <ActionButton action="open-last-working" primary run={() => navigateTab(env.tabId, check.lastWorking!)}>
              {t('popup_open_last_working')}
            </ActionButton>
          ) : (
            <span class="muted">{t('popup_no_last_working')}</span>
          ))}
        {parts !== 'open-last-working' && check.home && (
          <ActionButton action="open-home" run={() => navigateTab(env.tabId, check.home!)}>
            {t('popup_open_home')}
          </ActionButton>
        )}
      </p>
      {check.lastWorking && parts !== 'open-home' && <p class="muted url">{check.lastWorking}</p>}
    </div>
  );
}
