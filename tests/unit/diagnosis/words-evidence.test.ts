// The source of a wording no library owns is an internal name: it must never be shown as one
// ("as generic words it", "так пишет generic"). Issue 13.
import { describe, expect, it } from 'vitest';
import { mergeAllLocales } from '../../../build/locales.ts';
import { wordsEvidence } from '../../../src/core/diagnosis/evidence-ids.ts';
import { GENERIC_WORDS, SERVER_WORDS, type TokenProblem } from '../../../src/core/diagnosis/server-words.ts';
import { formatMessage } from '../../../src/core/i18n/format.ts';
import { bearer, input, obs } from './factory.ts';
import { run } from './helpers.ts';

const catalogs = mergeAllLocales();
const PROBLEMS: TokenProblem[] = ['expired', 'not-yet-valid', 'issued-in-future', 'revoked', 'bad-signature', 'wrong-audience', 'wrong-issuer', 'unknown-key', 'alg-not-allowed', 'malformed', 'invalid'];

describe('wording evidence', () => {
  it('names a library, and never the internal name of the unnamed wordings', () => {
    expect(wordsEvidence({ problem: 'expired', source: 'jsonwebtoken' }).message).toEqual({ id: 'ev_words_expired', subs: ['jsonwebtoken'] });
    for (const row of GENERIC_WORDS) {
      const e = wordsEvidence({ problem: row.problem, source: row.source });
      expect(e.message.subs ?? []).toEqual([]);
      for (const c of Object.values(catalogs)) expect(formatMessage(c, e.message)).not.toContain(row.source);
    }
  });

  it('has a text without a name for every problem, in every language', () => {
    for (const [lang, c] of Object.entries(catalogs)) {
      expect(PROBLEMS.map((p) => `ev_words_${p.replace(/-/g, '_')}_plain`).filter((id) => !(id in c)), lang).toEqual([]);
    }
  });

  it('keeps "generic" out of what a diagnosis of a plainly worded refusal says', () => {
    const d = run(input([obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: 'Your session has expired' })], credentials: { authorizationScheme: 'Bearer' } })]));
    const texts = d.causes.flatMap((c) => c.evidence).flatMap((e) => Object.values(catalogs).map((cat) => formatMessage(cat, e.message)));
    expect(texts.some((t) => /expired|истёк/.test(t))).toBe(true);
    expect(texts.filter((t) => /generic/i.test(t))).toEqual([]);
    // A library's own words still name it.
    expect(SERVER_WORDS.some((r) => r.source === 'jsonwebtoken')).toBe(true);
  });
});
