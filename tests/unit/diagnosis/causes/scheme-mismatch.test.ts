import { describe, expect, it } from 'vitest';
import { bearer, input, obs } from '../factory.ts';
import { causeIn, expectScenariosRankFirst, run } from '../helpers.ts';

describe('scheme-mismatch', () => {
  it('ranks first for a Bearer token hitting a Basic-protected staging site', () => expectScenariosRankFirst('scheme-mismatch'));

  it('names the scheme sent and the schemes offered', () => {
    const d = run(input([obs({ wwwAuthenticate: ['Basic realm="staging"', 'Digest realm="staging", nonce="n"'], credentials: { authorizationScheme: 'Bearer' } })]));
    const c = causeIn(d, 'scheme-mismatch');
    expect(c?.evidence[0]?.message).toEqual({ id: 'ev_scheme_mismatch', subs: ['Bearer', 'Basic, Digest'] });
    expect(c?.steps).toContain('owner-fix-outer-auth');
  });

  it('compares schemes without regard to case (RFC 9110 §11.1)', () => {
    expect(causeIn(run(input([obs({ wwwAuthenticate: ['basic realm="x"'], credentials: { authorizationScheme: 'Basic' } })])), 'scheme-mismatch')).toBeUndefined();
  });

  it('does not apply when the scheme matches, nothing was sent, or there is no challenge to compare with', () => {
    expect(causeIn(run(input([obs({ wwwAuthenticate: [bearer({ error: 'invalid_token' })], credentials: { authorizationScheme: 'Bearer' } })])), 'scheme-mismatch')).toBeUndefined();
    expect(causeIn(run(input([obs({ wwwAuthenticate: ['Basic realm="x"'] })])), 'scheme-mismatch')).toBeUndefined();
    expect(causeIn(run(input([obs({ wwwAuthenticate: [], credentials: { authorizationScheme: 'Bearer' } })])), 'scheme-mismatch')).toBeUndefined();
  });

  it('does not judge a proxy: Proxy-Authorization answers Proxy-Authenticate', () => {
    expect(causeIn(run(input([obs({ status: 407, wwwAuthenticate: ['Basic realm="x"'], proxyAuthenticate: ['Negotiate'], credentials: { authorizationScheme: 'Bearer' } })])), 'scheme-mismatch')).toBeUndefined();
  });
});
