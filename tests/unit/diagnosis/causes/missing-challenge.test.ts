import { describe, expect, it } from 'vitest';
import { input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('missing-challenge', () => {
  it('ranks first for a 401 without WWW-Authenticate', () => expectScenariosRankFirst('missing-challenge'));

  it('gives the owner the fix and the visitor the report', () => {
    const c = causeIn(run(input([obs({ wwwAuthenticate: [] })])), 'missing-challenge');
    expect(c?.steps).toEqual(['contact-owner', 'copy-report', 'owner-fix-challenge']);
  });

  it('steps behind what happened to credentials that were sent', () => {
    const d = run(input([obs({ wwwAuthenticate: [], credentials: { authorizationScheme: 'Bearer' } })]));
    expect(d.causes[0]?.id).toBe('credentials-rejected');
    expect(causeIn(d, 'missing-challenge')?.confidence).toBe('medium');
  });

  it('reports a header that could not be parsed at all', () => {
    const d = run(input([obs({ wwwAuthenticate: ['=,=,="'] })]));
    expect(evidenceIds(causeIn(d, 'missing-challenge'))).toContain('ev_challenge_unparsable');
  });

  it('notes a 407 without Proxy-Authenticate, under proxy-auth', () => {
    const d = run(input([obs({ status: 407, wwwAuthenticate: [], proxyAuthenticate: [] })]));
    expect(d.causes[0]?.id).toBe('proxy-auth');
    expect(evidenceIds(causeIn(d, 'missing-challenge'))).toEqual(['ev_no_proxy_challenge']);
  });

  it('is silent when a challenge is there', () => {
    expect(causeIn(run(input([obs()])), 'missing-challenge')).toBeUndefined();
  });
});
