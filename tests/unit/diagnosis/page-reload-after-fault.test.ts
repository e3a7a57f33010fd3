// A page that opened without sign-in and refuses on reload, as capture records it in Chromium
// (lab server-fault): the reload carried nothing, but Chromium's unseen replay of a cached password
// cannot be ruled out, so browserRetried is 'unknown'. The same request got 200, then 401: the
// server changed its answer, and "no credentials were sent" does not explain it.
import { describe, expect, it } from 'vitest';
import { FINDING_SCORE } from '../../../src/core/diagnosis/cause.ts';
import { NOW, input, obs, ok } from './factory.ts';
import { causeIn, evidenceIds, run } from './helpers.ts';

const SITE = 'https://fault.example';
const reload = (over: Parameters<typeof obs>[0] = {}) =>
  obs({ url: `${SITE}/fault/`, wwwAuthenticate: ['Basic realm="Restricted"'], credentials: { browserRetried: 'unknown' }, authRequired: [{ scheme: 'basic', realm: 'Restricted', isProxy: false }], ...over });
const worked = [ok(`${SITE}/fault/`, { time: NOW - 90_000 }), ok(`${SITE}/fault/api/status`, { time: NOW - 89_000, type: 'xmlhttprequest' })];

describe('a public page refused on reload', () => {
  it('ranks server-fault first, with a clear margin over no-credentials, which falls below a finding', () => {
    const d = run(input([reload()], { successes: worked }));
    expect(d.causes[0]?.id).toBe('server-fault');
    expect(d.generic).toBe(false);
    expect(evidenceIds(d.causes[0])).toContain('ev_public_page_refused');
    expect(d.causes[0]?.evidence.find((e) => e.message.id === 'ev_public_page_refused')?.message.subs).toEqual(['/fault/']);
    const nc = causeIn(d, 'no-credentials');
    expect(nc?.confidence).toBe('low');
    expect(nc!.score).toBeLessThan(FINDING_SCORE);
    expect(d.causes[0]!.score - nc!.score).toBeGreaterThanOrEqual(20);
  });

  it('keeps no-credentials first when the page never opened before', () => {
    const d = run(input([reload()], { successes: [ok(`${SITE}/other`, { time: NOW - 90_000 })] }));
    expect(d.causes[0]?.id).toBe('no-credentials');
    expect(causeIn(d, 'server-fault')).toBeUndefined();
  });

  it('does not count a success that carried cookies the refusal lacked (the visitor lost their session)', () => {
    const d = run(input([reload()], { successes: [ok(`${SITE}/fault/`, { time: NOW - 90_000, cookieNames: ['sid'] })] }));
    expect(causeIn(d, 'server-fault')).toBeUndefined();
    expect(d.causes[0]?.id).toBe('no-credentials');
  });

  it('does not count it when the browser likely replayed a password it had (a password, not the server, changed)', () => {
    const d = run(input([reload({ credentials: { browserRetried: 'likely' } })], { successes: worked }));
    expect(evidenceIds(causeIn(d, 'server-fault'))).not.toContain('ev_public_page_refused');
  });

  it('does not take a sign-in form posted to the page it came from for the same request', () => {
    const post = obs({ url: `${SITE}/login`, method: 'POST', wwwAuthenticate: ['FormBased'], credentials: { browserRetried: 'no' } });
    const d = run(input([post], { successes: [ok(`${SITE}/login`, { time: NOW - 30_000 })] }));
    expect(causeIn(d, 'server-fault')).toBeUndefined();
    expect(causeIn(d, 'no-credentials')?.score).toBeGreaterThanOrEqual(FINDING_SCORE);
  });
});
