// "Reload and watch" (issue 12): the background already watches this origin's requests closely
// once it has refused on the tab; one reload lets it see what the first refusal could not show
// (the request's headers, the hops, the Date). The card says so before the click, and the
// diagnosis is asked again once the reload has finished.
import { useState } from 'preact/hooks';
import { reloadTab, tabLoaded } from '../../../platform/popup-tabs.ts';
import { useFocusOn } from '../../state/focus.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';

export function ReloadWatchStep() {
  const t = useT();
  const env = useStepEnv();
  const [watched, setWatched] = useState(false);
  const status = useFocusOn<HTMLParagraphElement>(watched || null);
  const run = async () => {
    const loaded = tabLoaded(env.tabId, 10_000);
    await reloadTab(env.tabId);
    await loaded;
    await env.refresh();
    setWatched(true);
  };
  return (
    <div>
      <p>{t('popup_reload_watch_before')}</p>
      <ActionButton action="reload-and-watch" primary run={run}>
        {t('popup_reload_watch_button')}
      </ActionButton>
      <p ref={status} role="status" tabIndex={-1} data-result={watched ? 'reload-and-watch' : undefined}>
        {watched ? t('popup_reload_watch_done') : ''}
      </p>
    </div>
  );
}
