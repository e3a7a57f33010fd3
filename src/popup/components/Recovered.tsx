// The tab's page loaded after the refusal (View.recovered): said plainly, above everything else,
// so nobody keeps fixing what already works. One line, so the first step stays on the first screen.
import type { View } from '../../core/view/schema.ts';
import { useT } from '../state/i18n-context.ts';

export function Recovered({ recovered, locale }: { recovered: NonNullable<View['recovered']>; locale: string }) {
  const t = useT();
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(recovered.time);
  return (
    <p class="recovered" data-recovered title={recovered.url}>
      <strong>{t('popup_recovered_title')}</strong> {t('popup_recovered_text', time)}
    </p>
  );
}
