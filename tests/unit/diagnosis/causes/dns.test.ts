import { describe, expect, it } from 'vitest';
import { input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('dns', () => {
  it('ranks first when the host moved between addresses and the usual steps failed', () => expectScenariosRankFirst('dns'));

  it('is always offered, last, when nothing points to it', () => {
    const d = run(input([obs()]));
    expect(d.causes.at(-1)?.id).toBe('dns');
    expect(evidenceIds(causeIn(d, 'dns'))).toEqual(['ev_dns_unobservable']);
    expect(causeIn(d, 'dns')?.steps[0]).toBe('flush-dns');
  });

  it('shows the addresses the host answered from', () => {
    const d = run(input([obs({ ip: '192.0.2.1' }), obs({ ip: '192.0.2.2' })]));
    expect(causeIn(d, 'dns')?.evidence[0]?.message.subs).toEqual(['192.0.2.1, 192.0.2.2']);
  });

  it('is not offered for a proxy refusal', () => {
    expect(causeIn(run(input([obs({ status: 407, proxyAuthenticate: ['Basic realm="p"'] })])), 'dns')).toBeUndefined();
  });
});
