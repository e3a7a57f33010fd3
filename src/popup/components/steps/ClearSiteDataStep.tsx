// Clears this site's cookies, cache and storage in one click. The exact scope is on the card
// before the click (which origins, which registrable domain, how many cookies, partitioned ones
// included), and the result after it, with a reload. The count is read again after clearing, so
// the card says how many cookies there are now, never the count from before.
import { useEffect, useState } from 'preact/hooks';
import { clearSiteData, countSiteCookies, type ClearOutcome, type CookieCount } from '../../../platform/site-data.ts';
import { reloadTab } from '../../../platform/popup-tabs.ts';
import { useFocusOn } from '../../state/focus.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';

export function ClearSiteDataStep() {
  const t = useT();
  const env = useStepEnv();
  const scope = env.view.scope;
  const [count, setCount] = useState<CookieCount | null>(null);
  const [outcome, setOutcome] = useState<ClearOutcome | null>(null);
  // The result takes focus: the screen reader reads it and the keyboard continues from it.
  const result = useFocusOn<HTMLDivElement>(outcome);
  useEffect(() => {
    if (scope) void countSiteCookies(scope.domain).then(setCount);
  }, [scope?.domain]);
  if (!scope) return null;
  const firefox = env.view.family === 'firefox';
  const clear = async () => {
    setCount(null);
    const done = await clearSiteData(scope);
    setCount(await countSiteCookies(scope.domain));
    setOutcome(done);
  };
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
      <ActionButton action="clear-site-data" primary run={clear}>
        {t(firefox ? 'firefox_clear_button' : 'popup_clear_button')}
      </ActionButton>
      {/* In the page, empty, before the click: a status region inserted already filled may go unannounced. */}
      <div ref={result} role="status" tabIndex={-1} class={outcome ? 'result' : undefined} data-result={outcome ? 'clear-site-data' : undefined}>
        {outcome && (
          <p>
            {t(firefox ? 'firefox_clear_done' : 'popup_clear_done', String(outcome.cookiesRemoved), String(outcome.partitionedRemoved), scope.origins[0] ?? '')}
          </p>
        )}
        {outcome && !firefox && outcome.notScoped.length > 0 && <p>{t('popup_clear_not_scoped')}</p>}
      </div>
      {outcome && (
        <ActionButton action="reload-after-clear" plain run={() => reloadTab(env.tabId)}>
          {t(firefox ? 'firefox_reload_fresh' : 'popup_reload_button')}
        </ActionButton>
      )}
    </div>
  );
}
