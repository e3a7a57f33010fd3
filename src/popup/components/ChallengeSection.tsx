// "The challenge", for site owners and developers: every challenge of the refused response
// (WWW-Authenticate, or Proxy-Authenticate for a 407) explained, the raw header lines, and the
// syntax errors the parser found (RFC 9110 §11.6.1, §11.7.1). Parsed and explained by the
// background (src/core/view/build-view.ts); only rendered here.
import type { ChallengeSectionData } from '../../core/view/schema.ts';
import { useT } from '../state/i18n-context.ts';
import { ChallengeCard } from './ChallengeCard.tsx';

export function ChallengeSection({ section }: { section: ChallengeSectionData }) {
  const t = useT();
  const { header, lines } = section;
  return (
    <details class="section" data-section="challenge">
      <summary>
        <h2>{t('popup_challenge_heading')}</h2>
      </summary>
      {lines.length === 0 ? (
        <p>{t('popup_challenge_none', header)}</p>
      ) : (
        <>
          {section.challenges.map((c, i) => (
            <ChallengeCard key={i} challenge={c} />
          ))}
          <h3>{t('popup_challenge_raw')}</h3>
          <pre class="code" data-raw-challenge>
            {lines.map((l) => `${header}: ${l}`).join('\n')}
          </pre>
          {section.errors.length > 0 && (
            <>
              <h3>{t('popup_challenge_syntax')}</h3>
              <ul class="problems" data-syntax-errors>
                {section.errors.map((e, i) => (
                  <li key={i}>{t(e)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </details>
  );
}
