// The answer first: one sentence on what happened, the most likely cause with its confidence,
// the server's own words when it gave any (Bearer `error`), the redirects on the way, and the
// evidence behind it. It is the first cause card (data-cause of the top cause).
import type { Diagnosis, RankedCause } from '../../core/diagnosis/types.ts';
import type { HopRow } from '../logic/hops.ts';
import type { ServerSaid } from '../logic/server-said.ts';
import { causeSummary, causeTitle } from '../logic/text-ids.ts';
import { useT } from '../state/i18n-context.ts';
import { ConfidenceBadge } from './ConfidenceBadge.tsx';
import { EvidenceList } from './EvidenceList.tsx';

interface Props {
  diagnosis: Diagnosis;
  top: RankedCause;
  said: ServerSaid | null;
  hops: readonly HopRow[];
}

export function Headline({ diagnosis, top, said, hops }: Props) {
  const t = useT();
  return (
    <section class="headline card" data-cause={top.id} aria-labelledby="headline">
      <h2 id="headline">{t(diagnosis.headline)}</h2>
      <p class="cause-line">
        <span>{t(causeTitle(top.id))}</span> <ConfidenceBadge confidence={top.confidence} />
      </p>
      <p>{t(causeSummary(top.id))}</p>
      {said && (
        <p data-server-said>
          {t('popup_server_said')} <code>{said.error}</code>
          {said.description && <> — <span data-server-description>{t('popup_quoted', said.description)}</span></>}
        </p>
      )}
      {hops.length > 0 && (
        <div data-hops class="hops">
          {t('popup_hops_heading')}{' '}
          <ol>
            {hops.map((h, i) => (
              <li key={i} data-hop-status={h.status ?? ''} title={h.url}>
                <span class="status">{h.status ?? t('popup_hop_redirect')}</span> <span class="url">{h.label}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {diagnosis.generic && <p class="muted">{t('popup_generic_note')}</p>}
      <EvidenceList evidence={top.evidence} />
    </section>
  );
}
