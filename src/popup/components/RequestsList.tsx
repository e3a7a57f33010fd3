// Every refused request of this page and the previous one, with status, type and time; choosing
// one diagnoses it instead.
import type { RequestsPage } from '../../core/view/schema.ts';
import type { PageId, Selection } from '../../core/view/selection.ts';
import { useHas, useT } from '../state/i18n-context.ts';

interface Props {
  pages: ReadonlyArray<[PageId, RequestsPage | null]>;
  focusId: string | null;
  locale: string;
  onSelect(selection: Selection): void;
}

export function RequestsList({ pages, focusId, locale, onSelect }: Props) {
  const t = useT();
  const has = useHas();
  // The browser's resource type in words (src/locales/*/request-types.json, shared with the CLI and
  // the report, written to sit inside a sentence); a type browsers add later reads as "other".
  const typeName = (type: string) => {
    const words = t(has(`type_${type}`) ? `type_${type}` : 'type_other');
    return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
  };
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const total = pages.reduce((n, [, p]) => n + (p?.rows.length ?? 0), 0);
  return (
    <details class="section" data-section="requests" open={total > 1}>
      <summary>
        <h2>{t('popup_requests_heading', String(total))}</h2>
      </summary>
      {pages.map(([id, page]) =>
        page && (page.rows.length > 0 || page.missed > 0) ? (
          <div key={id}>
            <h3>{t(id === 'current' ? 'popup_requests_current' : 'popup_requests_previous')}</h3>
            {page.rows.length > 0 && (
              <ul class="requests" data-page={id}>
                {[...page.rows].reverse().map((o) => (
                  <li key={o.id}>
                    <button
                      type="button"
                      class="request"
                      data-request={o.id}
                      aria-pressed={o.id === focusId}
                      onClick={() => onSelect({ page: id, focusId: o.id })}
                    >
                      <span class="status">{o.status}</span> <span class="muted" data-type={o.type}>{typeName(o.type)}</span>{' '}
                      <span class="muted">{time.format(o.time)}</span>
                      <span class="url">{o.url}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {page.dropped > 0 && <p class="muted">{t('popup_requests_dropped', String(page.dropped))}</p>}
            {page.missed > 0 && <p class="muted" data-missed={page.missed}>{t('popup_requests_missed', String(page.missed))}</p>}
          </div>
        ) : null,
      )}
    </details>
  );
}
