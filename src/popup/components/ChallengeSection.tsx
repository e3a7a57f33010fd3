// "The challenge", for site owners and developers: every challenge of the refused response
// (WWW-Authenticate, or Proxy-Authenticate for a 407) explained, the raw header lines, and the
// syntax errors the parser found (RFC 9110 §11.6.1, §11.7.1).
import type { Observation } from '../../core/observation.ts';
import { parseChallenges } from '../../core/challenge/index.ts';
import { useState } from 'preact/hooks';
import { useT } from '../state/i18n-context.ts';
import { useLazy } from '../state/use-lazy.ts';

export function ChallengeSection({ focus }: { focus: Observation }) {
  const t = useT();
  const proxy = focus.status === 407 || (focus.wwwAuthenticate.length === 0 && focus.proxyAuthenticate.length > 0);
  const lines = proxy ? focus.proxyAuthenticate : focus.wwwAuthenticate;
  const header = proxy ? 'Proxy-Authenticate' : 'WWW-Authenticate';
  const parsed = parseChallenges(lines);
  const [open, setOpen] = useState(false);
  // The schemes' knowledge is the popup's largest part and only owners open this section.
  const cards = useLazy(() => import('./ChallengeCard.tsx'), open);
  return (
    <details class="section" data-section="challenge" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <h2>{t('popup_challenge_heading')}</h2>
      </summary>
      {lines.length === 0 ? (
        <p>{t('popup_challenge_none', header)}</p>
      ) : (
        <>
          {cards && parsed.challenges.map((c, i) => <cards.ChallengeCard key={i} challenge={c} />)}
          <h3>{t('popup_challenge_raw')}</h3>
          <pre class="code" data-raw-challenge>
            {lines.map((l) => `${header}: ${l}`).join('\n')}
          </pre>
          {parsed.errors.length > 0 && (
            <>
              <h3>{t('popup_challenge_syntax')}</h3>
              <ul class="problems" data-syntax-errors>
                {parsed.errors.map((e, i) => (
                  <li key={i}>{t({ id: e.id, ...(e.subs ? { subs: e.subs } : {}) })}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </details>
  );
}
