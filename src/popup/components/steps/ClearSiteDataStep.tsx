// Clears this site's cookies, cache and storage in one click. The exact scope is on the card
// before the click (which origins, which registrable domain, how many cookies, partitioned ones
// included), and the result after it, with a reload.
import { useEffect, useState } from 'preact/hooks';
import { clearSiteData, countSiteCookies, type ClearOutcome, type CookieCount } from '../../../platform/site-data.ts';
import { reloadTab } from '../../../platform/popup-tabs.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';

export function ClearSiteDataStep() {
  const t = useT();
  const env = useStepEnv();
  const scope = env.view.scope;
  const [count, setCount] = useState<CookieCount | null>(null);
  const [outcome, setOutcome] = useState<ClearOutcome | null>(null);
  useEffect(() => {
    if (scope) void countSiteCookies(scope.domain).then(setCount);
  }, [scope?.domain]);
  if (!scope) return null;
  const firefox = env.view.family === 'firefox';
  return (
    <div class="scope">
      <ul>
        <li>{t(firefox ? 'firefox_clear_scope_storage' : 'popup_clear_scope_origins', scope.origins.join(', '))}</li>
        <li data-cookie-count={count?.total ?? ''}>
          {t('popup_clear_scope_cookies', scope.domain, String(count?.total ?? '…'), String(count?.partitioned ?? '…'))}
        </li>
        <li>{t(firefox ? 'popup_clear_scope_firefox_cache' : 'popup_clear_scope_password', scope.domain)}</li>
        {/* Firefox's cache cannot be emptied for one site: offer a reload that skips it instead. */}
        {firefox && <li>{t('firefox_clear_cache_alternative')}</li>}
        <li>{t('popup_clear_scope_promise')}</li>
      </ul>
      <ActionButton action="clear-site-data" primary run={async () => setOutcome(await clearSiteData(scope))}>
        {t(firefox ? 'firefox_clear_button' : 'popup_clear_button')}
      </ActionButton>
      {outcome && (
        <div role="status" class="result" data-result="clear-site-data">
          <p>
            {t(firefox ? 'firefox_clear_done' : 'popup_clear_done', String(outcome.cookiesRemoved), String(outcome.partitionedRemoved), scope.origins[0] ?? '')}
          </p>
          {!firefox && outcome.notScoped.length > 0 && <p>{t('popup_clear_not_scoped')}</p>}
          <ActionButton action="reload-after-clear" plain run={() => reloadTab(env.tabId)}>
            {t(firefox ? 'firefox_reload_fresh' : 'popup_reload_button')}
          </ActionButton>
        </div>
      )}
    </div>
  );
}
