import { describe, expect, it } from 'vitest';
import type { Hop } from '../../../../src/core/observation.ts';
import { bearer, input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const refused = (hops: Hop[], url = 'https://cdn.example/file', scheme: string | null = null) =>
  run(input([obs({ type: 'xmlhttprequest', url, wwwAuthenticate: [bearer({})], redirectChain: hops.map((h) => h.url), hops, credentials: { authorizationScheme: scheme } })]));
const hop = (url: string, authorizationScheme: string | null, requestSeen = true, status = 302): Hop => ({ url, status, authorizationScheme, requestSeen });

describe('auth-dropped-on-redirect', () => {
  it('ranks first when Authorization went to one origin and the redirect target refused without it', () => expectScenariosRankFirst('auth-dropped-on-redirect'));

  it('names the scheme and both origins, then every hop with what it carried', () => {
    const c = causeIn(refused([hop('https://api.example/v1/file', 'Bearer'), hop('https://api.example/v2/file', 'Bearer', false, 307)]), 'auth-dropped-on-redirect');
    expect(c?.confidence).toBe('high');
    expect(c?.evidence[0]?.message).toEqual({ id: 'ev_auth_dropped_on_redirect', subs: ['Bearer', 'https://api.example', 'https://cdn.example'] });
    expect(evidenceIds(c).slice(1)).toEqual(['ev_hop_with_auth', 'ev_hop_not_seen', 'ev_hop_refused_without_auth']);
    expect(c?.evidence[1]?.message.subs).toEqual(['1', '302', 'https://api.example/v1/file', 'Bearer']);
    expect(c?.evidence[3]?.message.subs).toEqual(['3', '401', 'https://cdn.example/file']);
    expect(c?.steps).toContain('owner-fix-redirect');
  });

  it('does not apply to a redirect within one origin (the browser keeps the header there)', () => {
    expect(causeIn(refused([hop('https://api.example/old', 'Bearer')], 'https://api.example/new'), 'auth-dropped-on-redirect')).toBeUndefined();
  });

  it('does not apply when the final request still carried Authorization, or no hop carried it', () => {
    expect(causeIn(refused([hop('https://api.example/a', 'Bearer')], 'https://cdn.example/f', 'Bearer'), 'auth-dropped-on-redirect')).toBeUndefined();
    expect(causeIn(refused([hop('https://api.example/a', null)]), 'auth-dropped-on-redirect')).toBeUndefined();
    expect(causeIn(refused([hop('https://api.example/a', 'Bearer', false)]), 'auth-dropped-on-redirect')).toBeUndefined();
  });

  it('does not claim the header was dropped when the refused request itself was not watched', () => {
    const d = run(input([obs({ url: 'https://cdn.example/f', hops: [hop('https://api.example/a', 'Bearer')], credentials: { requestSeen: false } })]));
    expect(causeIn(d, 'auth-dropped-on-redirect')).toBeUndefined();
  });
});
