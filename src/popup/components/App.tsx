// The popup: loading, then either the diagnosis or a calm "nothing to show". Marks when the
// diagnosis is first on screen (performance mark "popup-diagnosed") for the 100 ms budget.
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { pageKind } from '../logic/page-kind.ts';
import type { PopupData } from '../state/load.ts';
import { translator } from '../../core/i18n/format.ts';
import { CatalogContext } from '../state/i18n-context.ts';
import { usePopup } from '../state/use-popup.ts';
import { DiagnosisView } from './DiagnosisView.tsx';
import { HostPermissionNotice } from './HostPermissionNotice.tsx';
import { NothingToShow } from './NothingToShow.tsx';

/** `first` is started before the first render, so the browser's answers do not wait for Preact. */
export function App({ first }: { first: Promise<PopupData> }) {
  const state = usePopup(first);
  const { data, view } = state;
  const ready = data !== null;

  useLayoutEffect(() => {
    if (!ready) return;
    document.documentElement.lang = data.locale;
    // The diagnosis is in the DOM now; the next frame is when it is painted.
    performance.mark('popup-diagnosed');
    requestAnimationFrame(() => {
      performance.mark('popup-painted');
      document.body.dataset.ready = 'true';
    });
  }, [ready]);

  // Tests wait for this: the probe and the extensions have been read and the diagnosis redone.
  useEffect(() => {
    if (state.settled) document.body.dataset.settled = 'true';
  }, [state.settled]);

  if (!data) return <main aria-busy="true" />;
  const t = translator(data.catalog);
  const focus = view?.diagnosis.focus ?? null;
  return (
    <CatalogContext.Provider value={data.catalog}>
      <main>
        <header class="top">
          <h1>{t('ext_name')}</h1>
          {focus && (
            <p class="muted url" data-focus={focus.id}>
              {focus.status} · {focus.url}
            </p>
          )}
        </header>
        {view && !view.hostPermission && <HostPermissionNotice onGranted={() => void state.refresh()} />}
        {!view && data.tab && pageKind(data.tab.url) === 'web' ? (
          <section class="card" data-state="no-answer">
            <p>{t('popup_no_answer')}</p>
          </section>
        ) : focus && view ? (
          <DiagnosisView state={state} view={view} focus={focus} />
        ) : view && !view.hostPermission ? null : (
          // Without the host permission "nothing was refused" would be a guess: the notice says why.
          <NothingToShow kind={pageKind(data.tab?.url ?? null)} />
        )}
      </main>
    </CatalogContext.Provider>
  );
}
