// "Why we think so": the facts behind a cause, one click away (a native <details>, so keyboard
// and screen readers get it for free).
import type { Evidence } from '../../core/diagnosis/types.ts';
import { useT } from '../state/i18n-context.ts';

export function EvidenceList({ evidence, open = false }: { evidence: readonly Evidence[]; open?: boolean }) {
  const t = useT();
  return (
    <details class="why" open={open}>
      <summary>{t('popup_why')}</summary>
      {evidence.length === 0 ? (
        <p class="muted">{t('popup_why_none')}</p>
      ) : (
        <ul>
          {evidence.map((e, i) => (
            <li key={i}>{t(e.message)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
