// Check the URL: the refused URL split in parts with the suspicious ones marked, the last page of
// this site that worked, and the site's home (all checked by the background: src/core/url/checks.ts).
import { navigateTab } from '../../../platform/popup-tabs.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';

/** `parts` says which buttons this card carries: all of them, or one when shown on its own. */
export function CheckUrlStep({ parts = 'all' }: { parts?: 'all' | 'open-last-working' | 'open-home' }) {
  const t = useT();
  const env = useStepEnv();
  const check = env.view.urlCheck;
  if (!check) return null;
  return (
    <div>
      {/* A bare <p> may not carry a name (ARIA 1.2: aria-label is prohibited on generic): it is a group. */}
      {parts === 'all' && (
        <>
          <p class="url" role="group" aria-label={t('popup_url_label')} data-url>
            {check.segments.map((s, i) =>
              s.issue && s.note ? (
                <mark key={i} data-issue={s.issue} title={t(s.note)}>
                  {s.text}
                </mark>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )}
          </p>
          {check.issues.length > 0 && (
            <ul>
              {check.issues.map((m) => (
                <li key={m.id}>{t(m)}</li>
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
