import { describe, expect, it } from 'vitest';
import { input, obs } from '../factory.ts';
import { causeIn, expectScenariosRankFirst, run } from '../helpers.ts';

describe('proxy-auth', () => {
  it('ranks first for a 407', () => expectScenariosRankFirst('proxy-auth'));

  it('names the proxy challenge and points to the proxy settings', () => {
    const d = run(input([obs({ status: 407, wwwAuthenticate: [], proxyAuthenticate: ['Basic realm="corp"'], authRequired: [{ scheme: 'basic', realm: 'corp', isProxy: true }] })]));
    const c = causeIn(d, 'proxy-auth');
    expect(c?.evidence.map((e) => e.message.id)).toEqual(['ev_proxy_407', 'ev_proxy_challenge_realm', 'ev_proxy_auth_event']);
    expect(c?.steps[0]).toBe('check-proxy');
    expect(d.headline.id).toBe('headline_proxy_auth');
  });

  it('keeps site causes out of a proxy refusal', () => {
    const d = run(input([obs({ status: 407, proxyAuthenticate: ['Basic realm="p"'], credentials: { cookieNames: ['s'] }, redirectChain: ['https://site.example/old'] })]));
    expect(d.causes.map((c) => c.id)).toEqual(['proxy-auth']);
  });

  it('is silent on a site 401', () => {
    expect(causeIn(run(input([obs()])), 'proxy-auth')).toBeUndefined();
  });
});
