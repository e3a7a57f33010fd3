import { describe, expect, it } from 'vitest';
import { NOW, input, obs, ok, probe } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('server-fault', () => {
  it('ranks first when public pages that worked now refuse and the page speaks of maintenance', () => expectScenariosRankFirst('server-fault'));

  it('counts pages that worked earlier and refuse now', () => {
    const d = run(input([obs({ url: 'https://s.example/a', time: NOW - 2000 }), obs({ url: 'https://s.example/b' })], { successes: [ok('https://s.example/a'), ok('https://s.example/b')] }));
    expect(d.causes[0]?.id).toBe('server-fault');
    expect(causeIn(d, 'server-fault')?.evidence.find((e) => e.message.id === 'ev_worked_then_refused')?.message.subs).toEqual(['2']);
    expect(causeIn(d, 'server-fault')?.steps).toEqual(['wait-retry', 'contact-owner', 'owner-check-server']);
  });

  it('reads maintenance pages', () => {
    const d = run(input([obs()], { probe: probe('https://site.example/private/', 'Maintenance', 'The site is in maintenance mode.') }));
    expect(evidenceIds(causeIn(d, 'server-fault'))).toContain('ev_page_maintenance');
  });

  it('does not fire when the page refused had never worked', () => {
    const d = run(input([obs({ url: 'https://s.example/a' })], { successes: [ok('https://s.example/other')] }));
    expect(causeIn(d, 'server-fault')).toBeUndefined();
  });

  it('ignores successes that came after the refusal', () => {
    const d = run(input([obs({ url: 'https://s.example/a', time: NOW - 60_000 })], { successes: [ok('https://s.example/a', { time: NOW - 1000 })] }));
    expect(causeIn(d, 'server-fault')).toBeUndefined();
  });
});
