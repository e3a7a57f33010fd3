// The answer first: one sentence on what happened, the most likely cause with its confidence,
// and the evidence behind it. It is the first cause card (data-cause of the top cause).
import type { Diagnosis, RankedCause } from '../../core/diagnosis/types.ts';
import { causeSummary, causeTitle } from '../logic/text-ids.ts';
import { useT } from '../state/i18n-context.ts';
import { ConfidenceBadge } from './ConfidenceBadge.tsx';
import { EvidenceList } from './EvidenceList.tsx';

export function Headline({ diagnosis, top }: { diagnosis: Diagnosis; top: RankedCause }) {
  const t = useT();
  return (
    <section class="headline card" data-cause={top.id} aria-labelledby="headline">
      <h2 id="headline">{t(diagnosis.headline)}</h2>
      <p class="cause-line">
        <span>{t(causeTitle(top.id))}</span> <ConfidenceBadge confidence={top.confidence} />
      </p>
      <p>{t(causeSummary(top.id))}</p>
      {diagnosis.generic && <p class="muted">{t('popup_generic_note')}</p>}
      <EvidenceList evidence={top.evidence} />
    </section>
  );
}
