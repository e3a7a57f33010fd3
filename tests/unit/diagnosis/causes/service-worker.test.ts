import { describe, expect, it } from 'vitest';
import { input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const URL_ = 'https://sw.example/private/';

describe('service-worker', () => {
  it('ranks first for a Basic refusal the service worker fetched, with no prompt', () => expectScenariosRankFirst('service-worker'));

  it('says the worker carried it and that no dialog came for Basic', () => {
    const c = causeIn(run(input([obs({ url: URL_, viaServiceWorker: true, wwwAuthenticate: ['Basic realm="x"'] })])), 'service-worker');
    expect(c?.confidence).toBe('high');
    expect(evidenceIds(c)).toEqual(['ev_via_service_worker', 'ev_no_prompt_for']);
    expect(c?.steps).toEqual(['clear-site-data', 'reload', 'owner-fix-service-worker']);
  });

  it('is only medium when the probe says the page of that origin is controlled', () => {
    const probe = { url: URL_, title: '', text: '', controlled: true };
    const c = causeIn(run(input([obs({ url: URL_, wwwAuthenticate: ['Digest realm="x", nonce="n"'] })], { probe })), 'service-worker');
    expect(c?.confidence).toBe('medium');
    expect(evidenceIds(c)).toContain('ev_page_controlled');
    const other = { ...probe, url: 'https://elsewhere.example/' };
    expect(causeIn(run(input([obs({ url: URL_, wwwAuthenticate: ['Basic realm="x"'] })], { probe: other })), 'service-worker')).toBeUndefined();
  });

  it('does not apply when the browser prompted, or the scheme is not one it prompts for', () => {
    expect(causeIn(run(input([obs({ viaServiceWorker: true, authRequired: [{ scheme: 'basic', realm: 'x', isProxy: false }] })])), 'service-worker')).toBeUndefined();
    expect(causeIn(run(input([obs({ viaServiceWorker: true, wwwAuthenticate: ['Bearer realm="api"'] })])), 'service-worker')).toBeUndefined();
  });
});
