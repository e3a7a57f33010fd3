import { describe, expect, it } from 'vitest';
import { input, obs, ok } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('url-mistake', () => {
  it('ranks first for a typo next to a working page and for a redirect into a login area', () => expectScenariosRankFirst('url-mistake'));

  it('offers the last working address when there is one', () => {
    const d = run(input([obs({ url: 'https://site.example/Reports/' })], { successes: [ok('https://site.example/reports/')] }));
    expect(d.causes[0]?.id).toBe('url-mistake');
    expect(evidenceIds(d.causes[0])).toContain('ev_url_case_differs');
    expect(d.causes[0]?.steps).toEqual(['check-url', 'open-last-working', 'open-home']);
  });

  it('flags credentials in the URL and http on an https site', () => {
    const d = run(input([obs({ url: 'http://•••:•••@site.example/x' })], { tabUrl: 'https://site.example/' }));
    const ids = evidenceIds(causeIn(d, 'url-mistake'));
    expect(ids).toContain('ev_url_credentials_in_url');
    expect(ids).toContain('ev_url_http_not_https');
  });

  it('ignores a normalising redirect (http to https, trailing slash)', () => {
    const d = run(input([obs({ url: 'https://site.example/private/', redirectChain: ['http://site.example/private'] })]));
    expect(causeIn(d, 'url-mistake')).toBeUndefined();
  });

  it('does not call an API next to its page a typo', () => {
    const d = run(input([obs({ type: 'xmlhttprequest', url: 'https://site.example/app/api' })], { successes: [ok('https://site.example/app/')] }));
    expect(causeIn(d, 'url-mistake')).toBeUndefined();
  });
});
