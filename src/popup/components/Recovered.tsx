// The tab's page loaded after the refusal (View.recovered): said plainly, above everything else,
// so nobody keeps fixing what already works.
import type { View } from '../../core/view/schema.ts';
import { useT } from '../state/i18n-context.ts';

export function Recovered({ recovered, locale }: { recovered: NonNullable<View['recovered']>; locale: string }) {
  const t = useT();
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(recovered.time);
  return (
    <section class="card recovered" data-recovered aria-labelledby="recovered">
      <h2 id="recovered">{t('popup_recovered_title')}</h2>
      <p>{t('popup_recovered_text', time)}</p>
      <p class="url">{recovered.url}</p>
    </section>
  );
}
