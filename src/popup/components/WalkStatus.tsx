// The live region of the walk (issue 13): after "done — still broken?" it says whether the new
// diagnosis found another most likely cause or kept the same one, and takes focus, since the card
// whose button was pressed is gone. It is in the page, empty, from the first render: a region
// inserted already filled may not be announced (WAI-ARIA 1.2 §6.6.1, "live regions").
import type { WalkNews } from '../state/use-popup.ts';
import { causeTitle } from '../logic/text-ids.ts';
import { useFocusOn } from '../state/focus.ts';
import { useT } from '../state/i18n-context.ts';

export function WalkStatus({ walk }: { walk: WalkNews | null }) {
  const t = useT();
  const ref = useFocusOn<HTMLParagraphElement>(walk?.n ?? null);
  return (
    <p ref={ref} id="walk-status" class="walk" role="status" aria-live="polite" tabIndex={-1} data-walk={walk ? (walk.changed ? 'new' : 'same') : ''}>
      {walk ? t(walk.changed ? 'popup_walk_new_cause' : 'popup_walk_same_cause', t(causeTitle(walk.cause))) : ''}
    </p>
  );
}
