// A calm, correct answer when nothing was refused or the page cannot be watched at all.
import type { PageKind } from '../logic/page-kind.ts';
import { useT } from '../state/i18n-context.ts';

const TEXT: Record<PageKind, string> = {
  web: 'popup_nothing_clean',
  'browser-page': 'popup_nothing_browser_page',
  'web-store': 'popup_nothing_web_store',
  file: 'popup_nothing_file',
  'new-tab': 'popup_nothing_new_tab',
  unknown: 'popup_nothing_unknown',
};

export function NothingToShow({ kind }: { kind: PageKind }) {
  const t = useT();
  return (
    <section class="card nothing" data-state="empty" data-page-kind={kind}>
      <h2>{t('popup_nothing_title')}</h2>
      <p>{t(TEXT[kind])}</p>
    </section>
  );
}
