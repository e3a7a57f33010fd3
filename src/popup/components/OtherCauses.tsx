// The less likely causes, in rank order after the headline's.
import type { RankedCause } from '../../core/diagnosis/types.ts';
import { useT } from '../state/i18n-context.ts';
import { CauseCard } from './CauseCard.tsx';

export function OtherCauses({ causes }: { causes: readonly RankedCause[] }) {
  const t = useT();
  if (causes.length === 0) return null;
  return (
    <section aria-labelledby="other-causes">
      <h2 id="other-causes">{t('popup_other_causes')}</h2>
      <ul class="causes">
        {causes.map((c) => (
          <CauseCard key={c.id} cause={c} />
        ))}
      </ul>
    </section>
  );
}
