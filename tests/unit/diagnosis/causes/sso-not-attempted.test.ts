import { describe, expect, it } from 'vitest';
import { input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const sso = (url: string, over: Parameters<typeof obs>[0] = {}) => run(input([obs({ url, wwwAuthenticate: ['Negotiate', 'NTLM'], ...over })]));

describe('sso-not-attempted', () => {
  it('ranks first when only Negotiate and NTLM are offered and nothing was sent', () => expectScenariosRankFirst('sso-not-attempted'));

  it('lists the schemes offered and asks IT to allow the host', () => {
    const c = causeIn(sso('https://intranet.corp.example/'), 'sso-not-attempted');
    expect(c?.confidence).toBe('high');
    expect(c?.evidence[0]?.message).toEqual({ id: 'ev_sso_only', subs: ['Negotiate, NTLM'] });
    expect(c?.steps[0]).toBe('ask-it-allowlist');
  });

  it('says a short host name or an IP address cannot get a Kerberos ticket', () => {
    expect(causeIn(sso('http://intranet/'), 'sso-not-attempted')?.evidence.find((e) => e.message.id === 'ev_sso_short_host')?.message.subs).toEqual(['intranet']);
    expect(evidenceIds(causeIn(sso('http://10.0.0.5/'), 'sso-not-attempted'))).toContain('ev_sso_ip_host');
    expect(evidenceIds(causeIn(sso('https://intranet.corp.example/'), 'sso-not-attempted'))).not.toContain('ev_sso_short_host');
  });

  it('does not apply once the browser sent Authorization, nor when Basic is offered too', () => {
    expect(causeIn(sso('https://i.corp.example/', { credentials: { authorizationScheme: 'Negotiate' } }), 'sso-not-attempted')).toBeUndefined();
    expect(causeIn(run(input([obs({ wwwAuthenticate: ['Negotiate', 'Basic realm="x"'] })])), 'sso-not-attempted')).toBeUndefined();
  });

  it('when the request was not watched, asks to reload with watching first, and does not say nothing was sent', () => {
    const c = causeIn(sso('https://i.corp.example/', { credentials: { requestSeen: false } }), 'sso-not-attempted');
    expect(c?.steps[0]).toBe('reload-and-watch');
    expect(c?.confidence).toBe('low');
    expect(evidenceIds(c)).toContain('ev_request_not_seen');
    expect(evidenceIds(c)).not.toContain('ev_no_authorization');
  });
});
