import { describe, expect, it } from 'vitest';
import { NOW, input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const stale = (time = NOW - 1000) => obs({ time, wwwAuthenticate: ['Digest realm="d", nonce="n", qop="auth", stale=TRUE'] });

describe('digest-stale', () => {
  it('ranks first for stale=true', () => expectScenariosRankFirst('digest-stale'));

  it('reads stale case-insensitively and only asks for a reload', () => {
    const d = run(input([stale()]));
    expect(d.causes[0]?.id).toBe('digest-stale');
    expect(d.causes[0]?.steps).toEqual(['reload']);
  });

  it('blames the server when the nonce is stale again and again', () => {
    const d = run(input([stale(NOW - 3000), stale(NOW - 2000), stale()]));
    const c = causeIn(d, 'digest-stale');
    expect(evidenceIds(c)).toContain('ev_digest_stale_repeated');
    expect(c?.steps).toContain('contact-owner');
  });

  it('ignores stale=false', () => {
    expect(causeIn(run(input([obs({ wwwAuthenticate: ['Digest realm="d", nonce="n", stale=false'] })])), 'digest-stale')).toBeUndefined();
  });
});
