import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from '../../../../src/core/diagnosis/causes/rate-limited.ts';
import { NOW, input, obs, probe } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const iis = (sub: string) =>
  input([obs({ server: 'Microsoft-IIS/10.0' })], { probe: probe('https://site.example/private/', `IIS 10.0 Detailed Error - 401.${sub} - Unauthorized`, '') });

describe('rate-limited', () => {
  it('ranks first for a burst with Retry-After: 30', () => expectScenariosRankFirst('rate-limited'));

  it.each(['501', '502'])('ranks first for IIS 401.%s', (sub) => {
    const d = run(iis(sub));
    expect(d.causes[0]?.id).toBe('rate-limited');
    expect(evidenceIds(d.causes[0])).toContain(`server_iis_401_${sub}`);
  });

  it('tells how long to wait', () => {
    const d = run(input([obs({ retryAfter: '30' })]));
    expect(causeIn(d, 'rate-limited')?.evidence.find((e) => e.message.id === 'ev_retry_after')?.message.subs).toEqual(['30']);
    expect(causeIn(d, 'rate-limited')?.steps[0]).toBe('wait-retry');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('120', NOW)).toBe(120);
    expect(retryAfterSeconds(new Date(NOW + 90_000).toUTCString(), NOW)).toBe(90);
    expect(retryAfterSeconds(new Date(NOW - 90_000).toUTCString(), NOW)).toBe(0);
    expect(retryAfterSeconds('soon', NOW)).toBeNull();
    expect(retryAfterSeconds(null, NOW)).toBeNull();
  });

  it('does not call four refusals a burst', () => {
    const few = Array.from({ length: 4 }, (_, i) => obs({ time: NOW - 4000 + i * 1000 }));
    expect(causeIn(run(input(few)), 'rate-limited')).toBeUndefined();
  });
});
