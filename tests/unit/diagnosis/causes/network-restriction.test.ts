import { describe, expect, it } from 'vitest';
import { input, obs, probe } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('network-restriction', () => {
  it('ranks first when the page says the country is blocked', () => expectScenariosRankFirst('network-restriction'));

  it('reads the Russian wording too', () => {
    const d = run(input([obs({ credentials: { cookieNames: ['s'] } })], { probe: probe('https://site.example/private/', 'Недоступно', 'Сервис недоступен в вашей стране.') }));
    expect(evidenceIds(causeIn(d, 'network-restriction'))).toContain('ev_page_region_blocked');
  });

  it('comes second to client-denied for IIS 401.503', () => {
    const d = run(input([obs({ server: 'Microsoft-IIS/10.0' })], { probe: probe('https://site.example/private/', 'IIS 10.0 Detailed Error - 401.503 - Unauthorized', '') }));
    expect(d.causes[0]?.id).toBe('client-denied');
    expect(causeIn(d, 'network-restriction')?.confidence).toBe('low');
  });

  it('is never guessed without a sign', () => {
    expect(causeIn(run(input([obs()])), 'network-restriction')).toBeUndefined();
  });
});
