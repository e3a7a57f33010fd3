import { describe, expect, it } from 'vitest';
import { NOW, input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const sid = { cookieNames: ['sid'] };

describe('stale-site-data', () => {
  it('ranks first when even the sign-in page refuses the old cookie', () => expectScenariosRankFirst('stale-site-data'));

  it('ranks first for a refusal served from the cache', () => {
    const d = run(input([obs({ fromCache: true })]));
    expect(d.causes[0]?.id).toBe('stale-site-data');
    expect(evidenceIds(d.causes[0])).toContain('ev_from_cache');
  });

  it('counts the same address refused again with the same cookies', () => {
    const d = run(input([obs({ time: NOW - 4000, credentials: sid }), obs({ credentials: sid })]));
    const c = causeIn(d, 'stale-site-data');
    expect(c?.evidence.find((e) => e.message.id === 'ev_repeated_refusal')?.message.subs).toEqual(['2']);
  });

  it('offers clearing site data first', () => {
    expect(causeIn(run(input([obs({ fromCache: true })])), 'stale-site-data')?.steps[0]).toBe('clear-site-data');
  });

  it('falls away once the user cleared the site data, to the end of the generic list', () => {
    const d = run(input([obs({ url: 'https://site.example/login', credentials: sid })], { attempts: ['clear-site-data'] }));
    expect(d.generic).toBe(true);
    const generic = d.causes.slice(0, 5).map((c) => c.id);
    expect(generic).toEqual(['url-mistake', 'credentials-rejected', 'dns', 'server-fault', 'stale-site-data']);
    expect(evidenceIds(causeIn(d, 'stale-site-data'))).toContain('ev_site_data_cleared');
  });

  it('needs cookies or the cache', () => {
    expect(causeIn(run(input([obs()])), 'stale-site-data')).toBeUndefined();
  });
});
