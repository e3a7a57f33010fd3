import { describe, expect, it } from 'vitest';
import { input, obs, probe } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const iis = (sub: string, server: string | null = 'Microsoft-IIS/10.0') =>
  run(input([obs({ server, wwwAuthenticate: ['Negotiate', 'NTLM'] })], { probe: probe('https://site.example/private/', `IIS 10.0 Detailed Error - 401.${sub} - Unauthorized`, `HTTP Error 401.${sub} - Unauthorized`) }));

describe('iis-logon-failure', () => {
  it('ranks first for IIS 401.2', () => expectScenariosRankFirst('iis-logon-failure'));

  it.each(['1', '2', '3', '4', '5'])('ranks first for 401.%s with its own meaning', (sub) => {
    const d = iis(sub);
    expect(d.causes[0]?.id).toBe('iis-logon-failure');
    expect(evidenceIds(d.causes[0])).toEqual([`server_iis_401_${sub}`]);
  });

  it('gives 401.1 (a failed logon) to the visitor and the rest to the owner', () => {
    expect(causeIn(iis('1'), 'iis-logon-failure')?.steps[0]).toBe('relogin');
    expect(causeIn(iis('3'), 'iis-logon-failure')?.steps[0]).toBe('contact-owner');
  });

  it('recognises the IIS page even without a Server header', () => {
    expect(iis('4', null).causes[0]?.id).toBe('iis-logon-failure');
  });

  it('is silent without a sub-status', () => {
    expect(causeIn(run(input([obs({ server: 'Microsoft-IIS/10.0' })])), 'iis-logon-failure')).toBeUndefined();
  });
});
