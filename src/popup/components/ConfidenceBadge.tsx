import type { Confidence } from '../../core/diagnosis/types.ts';
import { confidenceText } from '../logic/text-ids.ts';
import { useT } from '../state/i18n-context.ts';

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const t = useT();
  return (
    <span class={`badge badge-${confidence}`} data-confidence={confidence}>
      {t(confidenceText(confidence))}
    </span>
  );
}
