import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../../src/core/diagnosis/context.ts';
import { tokenMisconfigured } from '../../../../src/core/diagnosis/causes/token-misconfigured.ts';
import { CONFIG_PROBLEMS } from '../../../../src/core/diagnosis/server-words.ts';
import { bearer, input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const refused = (description: string, token: { iss: string | null; aud: string[] } | null = null) =>
  obs({
    type: 'xmlhttprequest',
    wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: description })],
    credentials: { authorizationScheme: 'Bearer', token: token ? { exp: null, nbf: null, iat: null, scope: null, ...token } : null },
  });

describe('token-misconfigured', () => {
  it('ranks first for a token issued for another audience', () => expectScenariosRankFirst('token-misconfigured'));

  it('says signing in again will not help, and shows the token\'s iss and aud', () => {
    const d = run(input([refused('jwt audience invalid. expected: https://api.example', { iss: 'https://login.example/', aud: ['https://other.example'] })]));
    const c = causeIn(d, 'token-misconfigured');
    expect(c?.confidence).toBe('high');
    expect(evidenceIds(c)).toEqual(['ev_bearer_error', 'ev_words_wrong_audience', 'ev_relogin_will_not_help', 'ev_token_iss', 'ev_token_aud']);
    expect(c?.evidence.find((e) => e.message.id === 'ev_token_aud')?.message.subs).toEqual(['https://other.example']);
    expect(c?.steps).toEqual(['contact-owner', 'copy-report', 'owner-fix-token-config']);
    // credentials-rejected's fix (sign in again) cannot help: it stays low.
    expect(causeIn(d, 'credentials-rejected')?.confidence).toBe('low');
  });

  it.each([...CONFIG_PROBLEMS])('applies to every configuration problem (%s)', (problem) => {
    const o = refused('some library words');
    const ctx = buildContext(input([o]), o);
    const found = tokenMisconfigured.detect({ ...ctx, tokenWords: { problem, source: 'lib' } });
    expect(found?.evidence.map((e) => e.message.id)).toContain(`ev_words_${problem.replace(/-/g, '_')}`);
  });

  it('does not apply to expiry, a bad signature, or a request that carried no token', () => {
    expect(causeIn(run(input([refused('jwt expired')])), 'token-misconfigured')).toBeUndefined();
    expect(causeIn(run(input([refused('invalid signature')])), 'token-misconfigured')).toBeUndefined();
    const nothing = obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: 'jwt audience invalid' })] });
    expect(causeIn(run(input([nothing])), 'token-misconfigured')).toBeUndefined();
  });
});
