// Issue 11 §3: no cause may rest on a premise that contradicts what capture recorded, and the
// ranking must agree with the confidence. Run over arbitrary observations, the new optional facts
// (not-seen requests, placeholders, JWT claims, hops, Date) included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnosis/diagnose.ts';
import type { CauseId, Confidence, Diagnosis } from '../../../src/core/diagnosis/types.ts';
import type { Observation } from '../../../src/core/observation.ts';
import { observation, pageProbe, siteCookie, success } from './arbitraries.ts';
import { NOW, bearer, input, obs } from './factory.ts';

/** Evidence that says something identifying was sent, and evidence that says nothing was. */
const SAYS_SENT = ['ev_authorization_sent', 'ev_cookies_sent', 'ev_browser_retried'];
const SAYS_NOTHING = ['ev_no_authorization', 'ev_no_cookies'];
/** Causes whose very claim is that something was sent, and those whose claim is that nothing was. */
const NEEDS_SENT: readonly CauseId[] = ['credentials-rejected', 'scheme-mismatch', 'placeholder-token'];
const NEEDS_NOTHING: readonly CauseId[] = ['no-credentials', 'sso-not-attempted'];
const RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

type Sent = 'something' | 'nothing' | 'not-seen';

function recorded(o: Observation): Sent {
  const c = o.credentials;
  if (c.requestSeen === false) return 'not-seen';
  const any = c.authorizationScheme !== null || (c.placeholder ?? null) !== null || c.cookieNames.length > 0 || c.browserRetried === 'certain' || c.browserRetried === 'likely';
  return any ? 'something' : 'nothing';
}

/** Every contradiction between the diagnosis and the record of its focus, as readable lines. */
export function contradictions(d: Diagnosis): string[] {
  const out: string[] = [];
  if (!d.focus) return out;
  const sent = recorded(d.focus);
  for (const c of d.causes) {
    const ids = c.evidence.map((e) => e.message.id);
    if (sent !== 'something') for (const id of ids.filter((i) => SAYS_SENT.includes(i))) out.push(`${c.id} says ${id} though ${sent}`);
    if (sent !== 'nothing') for (const id of ids.filter((i) => SAYS_NOTHING.includes(i))) out.push(`${c.id} says ${id} though ${sent}`);
    const onlyGeneric = ids.every((i) => i === 'ev_generic_thin');
    if (sent === 'nothing' && NEEDS_SENT.includes(c.id) && !onlyGeneric) out.push(`${c.id} (${c.confidence}) though nothing was sent`);
    if (sent === 'something' && NEEDS_NOTHING.includes(c.id)) out.push(`${c.id} (${c.confidence}) though something was sent`);
  }
  for (let i = 1; i < d.causes.length; i++) {
    const above = d.causes[i - 1]!;
    const below = d.causes[i]!;
    if (RANK[below.confidence] > RANK[above.confidence]) out.push(`${above.id} (${above.confidence}) ranked above ${below.id} (${below.confidence})`);
  }
  return out;
}

describe('no cause contradicts what capture recorded', () => {
  it('for any observations', () => {
    fc.assert(
      fc.property(
        fc.array(observation, { minLength: 1, maxLength: 6 }),
        fc.array(success, { maxLength: 4 }),
        fc.option(pageProbe),
        fc.option(fc.array(siteCookie, { maxLength: 4 })),
        fc.constantFrom('chromium' as const, 'firefox' as const, null),
        (observations, successes, probe, siteCookies, family) => {
          const d = diagnose({ observations, successes, probe, siteCookies, family, now: NOW });
          expect(contradictions(d)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  // The case of issue 11 §3: the CLI on the lab's Bearer URL without -H. The lab answers
  // invalid_token whatever was sent; nothing was, so "refused the sign-in that was sent" is false.
  it('does not say the sign-in was refused when nothing was sent and the server says invalid_token', () => {
    const d = diagnose(input([obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: 'The access token is not recognised' })] })]));
    expect(contradictions(d)).toEqual([]);
    expect(d.causes[0]?.id).toBe('no-credentials');
    expect(d.causes.find((c) => c.id === 'credentials-rejected')).toBeUndefined();
  });

  it('never ranks a medium cause above a high one (a redirect into a Basic realm, nothing sent)', () => {
    const d = diagnose(input([obs({ url: 'https://lab.example/members/', redirectChain: ['https://lab.example/moved/members'] })]));
    expect(contradictions(d)).toEqual([]);
  });
});
