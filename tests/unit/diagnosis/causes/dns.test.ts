import { describe, expect, it } from 'vitest';
import { input, obs, ok } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('dns', () => {
  it('ranks first when the host moved between addresses and the usual steps failed', () => expectScenariosRankFirst('dns'));

  it('is not named when nothing points to it (issue 13: the server that answered is the right one)', () => {
    expect(causeIn(run(input([obs()])), 'dns')).toBeUndefined();
  });

  it('is named when the refusal came from another address than the one the page worked from', () => {
    const d = run(input([obs({ ip: '203.0.113.9' })], { successes: [ok('https://site.example/private/', { ip: '192.0.2.1' })] }));
    expect(evidenceIds(causeIn(d, 'dns'))).toEqual(['ev_dns_ip_changed_since_worked']);
    expect(causeIn(d, 'dns')?.evidence[0]?.message.subs).toEqual(['192.0.2.1', '203.0.113.9']);
    expect(causeIn(d, 'dns')?.steps[0]).toBe('flush-dns');
    // The same address as before is no sign.
    expect(causeIn(run(input([obs({ ip: '192.0.2.1' })], { successes: [ok('https://site.example/private/', { ip: '192.0.2.1' })] })), 'dns')).toBeUndefined();
  });

  it('shows the addresses the host answered from', () => {
    const d = run(input([obs({ ip: '192.0.2.1' }), obs({ ip: '192.0.2.2' })]));
    expect(causeIn(d, 'dns')?.evidence[0]?.message.subs).toEqual(['192.0.2.1, 192.0.2.2']);
  });

  it('is not offered for a proxy refusal', () => {
    expect(causeIn(run(input([obs({ status: 407, proxyAuthenticate: ['Basic realm="p"'] })])), 'dns')).toBeUndefined();
  });
});
