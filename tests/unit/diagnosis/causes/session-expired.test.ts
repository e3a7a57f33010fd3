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

  it('does not claim expiry from cookies that never worked', () => {
    expect(evidenceIds(causeIn(run(input([obs({ credentials: { cookieNames: ['sid'] } })])), 'session-expired'))).toEqual([]);
  });
});
