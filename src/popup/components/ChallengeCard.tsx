// One challenge explained: its scheme in plain words (an h3 under the section's h2, so headings
// do not skip a level), a table of its parameters with their meanings, and the problems of
// meaning the scheme's rules reveal.
import type { ChallengeData } from '../../core/view/schema.ts';
import { useT } from '../state/i18n-context.ts';

export function ChallengeCard({ challenge: x }: { challenge: ChallengeData }) {
  const t = useT();
  return (
    <div class="challenge" data-scheme={x.scheme}>
      <h3>
        {x.info ? (
          <>
            {x.info.name}{' '}
            <a href={x.info.referenceUrl} target="_blank" rel="noreferrer noopener" class="muted">
              {x.info.reference}
            </a>
          </>
        ) : (
          x.rawScheme
        )}
      </h3>
      <p>{x.info ? t(x.info.summary) : t('popup_challenge_unknown_scheme')}</p>
      {x.token68 !== null && (
        <p>
          {t('popup_challenge_token68')} <code>{x.token68}</code>
        </p>
      )}
      {x.params.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('popup_param_name')}</th>
              <th scope="col">{t('popup_param_value')}</th>
              <th scope="col">{t('popup_param_meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {x.params.map((p) => (
              <tr key={p.name}>
                <th scope="row">
                  <code>{p.name}</code>
                </th>
                <td>
                  <code>{p.value}</code>
                </td>
                <td>
                  {p.meaning ? t(p.meaning) : t('popup_param_unknown')}
                  {p.valueNote && <em> {t(p.valueNote)}</em>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {x.problems.length > 0 && (
        <ul class="problems" aria-label={t('popup_challenge_problems')}>
          {x.problems.map((m, i) => (
            <li key={i}>{t(m)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
