import { describe, expect, it } from 'vitest';
import { input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const preflight = (status: number) => obs({ type: 'xmlhttprequest', method: 'OPTIONS', preflight: true, status, url: 'https://api.example/v1', initiator: 'https://app.example', wwwAuthenticate: status === 401 ? ['Bearer realm="api"'] : [], proxyAuthenticate: status === 407 ? ['Basic realm="proxy"'] : [] });

describe('cors-preflight', () => {
  it('ranks first for a preflight refused with 401', () => expectScenariosRankFirst('cors-preflight'));

  it('says the preflight was refused, that it never carries credentials, and from which page', () => {
    const d = run(input([preflight(401)]));
    const c = causeIn(d, 'cors-preflight');
    expect(c?.confidence).toBe('high');
    expect(evidenceIds(c)).toEqual(['ev_preflight_refused', 'ev_preflight_no_credentials', 'ev_preflight_page']);
    expect(c?.evidence[0]?.message.subs).toEqual(['401']);
    expect(c?.evidence[2]?.message.subs).toEqual(['https://app.example']);
    expect(c?.steps).toEqual(['contact-owner', 'copy-report', 'owner-fix-cors']);
  });

  it('masks a token in the page address it names', () => {
    const c = causeIn(run(input([preflight(401)], { tabUrl: 'https://app.example/cb?access_token=abc.def.ghi' })), 'cors-preflight');
    const shown = c?.evidence.find((e) => e.message.id === 'ev_preflight_page')?.message.subs?.[0] ?? '';
    expect(shown).toContain('https://app.example/cb');
    expect(shown).not.toContain('abc.def.ghi');
  });

  it('also explains a preflight a proxy refused with 407', () => {
    expect(causeIn(run(input([preflight(407)])), 'cors-preflight')?.evidence[0]?.message.subs).toEqual(['407']);
  });

  it('does not tell the visitor to sign in: a preflight never carries a sign-in', () => {
    const d = run(input([preflight(401)]));
    expect(causeIn(d, 'no-credentials')).toBeUndefined();
    expect(causeIn(d, 'credentials-rejected')).toBeUndefined();
  });

  it('does not apply to the real request, nor to a preflight that passed', () => {
    expect(causeIn(run(input([obs({ method: 'OPTIONS' })])), 'cors-preflight')).toBeUndefined();
    expect(causeIn(run(input([obs({ preflight: true, status: 403 })])), 'cors-preflight')).toBeUndefined();
  });
});
