import { describe, expect, it } from 'vitest';
import { NOW, bearer, input, obs, ok, probe } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('session-expired', () => {
  it('ranks first for an expired Bearer token and for a forgotten cookie session', () => expectScenariosRankFirst('session-expired'));

  it.each([
    ['jwt expired', 'jsonwebtoken'],
    ['"exp" claim timestamp check failed', 'jose'],
    ['Signature has expired', 'PyJWT'],
    ['An error occurred while attempting to decode the Jwt: Jwt expired at 2026-01-01T00:00:00Z', 'Spring Security'],
    ['IDX10223: Lifetime validation failed. The token is expired.', 'Microsoft.IdentityModel'],
    ['token has invalid claims: token is expired', 'golang-jwt'],
    ['Token is not active', 'Keycloak'],
    ["'exp' claim timestamp check failed", 'jose'], // express-oauth2-jwt-bearer's header (tests/wording)
    ['Expired JWT', 'Nimbus JOSE+JWT'],
    ['Jwt is expired', 'njwt (Okta)'],
  ])('reads "%s" as expiry (%s)', (description, source) => {
    const d = run(input([obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: description })], credentials: { authorizationScheme: 'Bearer' } })]));
    expect(d.causes[0]?.id).toBe('session-expired');
    expect(d.causes[0]?.evidence.find((e) => e.message.id === 'ev_words_expired')?.message.subs).toEqual([source]);
  });

  it('says when and where the same cookies last worked', () => {
    const d = run(input([obs({ url: 'https://s.example/app', credentials: { cookieNames: ['sid', 'theme'] } })], { successes: [ok('https://s.example/app', { cookieNames: ['sid'], time: NOW - 1000 - 5 * 60_000 })] }));
    expect(causeIn(d, 'session-expired')?.evidence.find((e) => e.message.id === 'ev_worked_with_same_cookies')?.message.subs).toEqual(['/app', '5']);
  });

  it('reads an expiry on the error page', () => {
    const d = run(input([obs({ wwwAuthenticate: [], credentials: { cookieNames: ['sid'] } })], { probe: probe('https://site.example/private/', 'Signed out', 'Your session has expired. Please sign in again.') }));
    expect(d.causes[0]?.id).toBe('session-expired');
  });

  describe('the token\'s own exp (issue 11 §6)', () => {
    const withExp = (expMinutesAgo: number, description: string | null, date?: string) =>
      run(input([obs({
        type: 'xmlhttprequest',
        date,
        wwwAuthenticate: [description === null ? bearer({ error: 'invalid_token' }) : bearer({ error: 'invalid_token', error_description: description })],
        credentials: { authorizationScheme: 'Bearer', token: { exp: Math.floor((NOW - 1000 - expMinutesAgo * 60_000) / 1000), nbf: null, iat: null, iss: null, aud: [], scope: null } },
      })]));

    it('is session-expired even when the server says only invalid_token', () => {
      const d = withExp(30, null);
      expect(d.causes[0]?.id).toBe('session-expired');
      expect(d.causes[0]?.confidence).toBe('high');
      expect(d.causes[0]?.evidence.find((e) => e.message.id === 'ev_token_exp_past')?.message.subs).toEqual(['30']);
    });

    it('does not count an exp still ahead, nor one a clock running ahead explains', () => {
      expect(evidenceIds(causeIn(withExp(-30, null), 'session-expired'))).not.toContain('ev_token_exp_past');
      // Expired 3 min ago by this clock, which runs 10 min ahead of the server's: not by the server's.
      const ahead = new Date(NOW - 1000 - 10 * 60_000).toUTCString();
      expect(evidenceIds(causeIn(withExp(3, null, ahead), 'session-expired'))).not.toContain('ev_token_exp_past');
    });
  });

  it('does not claim an expired token when capture saw no token sent', () => {
    const d = run(input([obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: 'jwt expired' })] })]));
    expect(causeIn(d, 'session-expired')).toBeUndefined();
  });

  it('does not claim expiry from cookies that never worked', () => {
    expect(evidenceIds(causeIn(run(input([obs({ credentials: { cookieNames: ['sid'] } })])), 'session-expired'))).toEqual([]);
  });
});
