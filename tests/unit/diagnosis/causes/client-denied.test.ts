import { describe, expect, it } from 'vitest';
import { input, obs, probe } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('client-denied', () => {
  it('ranks first for IIS 401.503', () => expectScenariosRankFirst('client-denied'));

  it('ranks first for IIS 401.504 (host name denied)', () => {
    const d = run(input([obs({ server: 'Microsoft-IIS/10.0' })], { probe: probe('https://site.example/private/', 'IIS 10.0 Detailed Error - 401.504 - Unauthorized', '') }));
    expect(d.causes[0]?.id).toBe('client-denied');
    expect(evidenceIds(d.causes[0])).toEqual(['server_iis_401_504']);
    expect(d.causes[0]?.steps[0]).toBe('try-other-network');
  });

  it('reads a page that says the address is blocked, in English or Russian', () => {
    for (const text of ['Your IP address has been blocked.', 'Ваш IP-адрес заблокирован администратором.']) {
      const d = run(input([obs()], { probe: probe('https://site.example/private/', 'Denied', text) }));
      expect(d.causes[0]?.id, text).toBe('client-denied');
    }
  });

  it('reads a banned account', () => {
    const d = run(input([obs({ credentials: { authorizationScheme: 'Basic' } })], { probe: probe('https://site.example/private/', 'Denied', 'This account has been suspended.') }));
    expect(evidenceIds(causeIn(d, 'client-denied'))).toContain('ev_page_account_banned');
  });
});
