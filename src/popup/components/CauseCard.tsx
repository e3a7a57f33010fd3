import type { RankedCause } from '../../core/diagnosis/types.ts';
import { causeTitle } from '../logic/text-ids.ts';
import { useT } from '../state/i18n-context.ts';
import { ConfidenceBadge } from './ConfidenceBadge.tsx';
import { EvidenceList } from './EvidenceList.tsx';

export function CauseCard({ cause }: { cause: RankedCause }) {
  const t = useT();
  return (
    <li class="cause" data-cause={cause.id}>
      <p class="cause-line">
        <span>{t(causeTitle(cause.id))}</span> <ConfidenceBadge confidence={cause.confidence} />
      </p>
      {cause.evidence.length > 0 && <EvidenceList evidence={cause.evidence} />}
    </li>
  );
}
