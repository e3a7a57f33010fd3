// The engine as a whole: every catalogue scenario ranks its cause first, competing causes are
// ordered as the evidence says, focus selection, thin evidence and determinism.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnosis/diagnose.ts';
import { orderedSteps } from '../../../src/core/diagnosis/headline.ts';
import { NOW, bearer, input, obs, ok } from './factory.ts';
import { SCENARIOS } from './scenarios.ts';

describe('diagnose', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const d = diagnose(s.input);
    expect(d.causes[0]?.id).toBe(s.expected);
    expect(d.causes[0]?.confidence).not.toBe('low');
    expect(d.causes[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('ranks an expired token above a stale cookie sent along with it', () => {
    const both = { authorizationScheme: 'Bearer', cookieNames: ['sid'] };
    const d = diagnose(
      input([
        obs({ type: 'xmlhttprequest', time: NOW - 3000, wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: 'jwt expired' })], credentials: both }),
        obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: 'jwt expired' })], credentials: both }),
      ]),
    );
    expect(d.causes.slice(0, 2).map((c) => c.id)).toEqual(['session-expired', 'stale-site-data']);
  });

  it('ranks a stale cookie above an expiry when even the sign-in page refuses it', () => {
    const sid = { cookieNames: ['sid'] };
    const d = diagnose(
      input([obs({ url: 'https://s.example/app', time: NOW - 3000, credentials: sid }), obs({ url: 'https://s.example/login', credentials: sid })], {
        successes: [ok('https://s.example/app', { cookieNames: ['sid'] })],
      }),
    );
    expect(d.causes.slice(0, 2).map((c) => c.id)).toEqual(['stale-site-data', 'session-expired']);
  });

  it('ranks a redirect into a Basic realm as an outdated link, then the missing sign-in', () => {
    const d = diagnose(input([obs({ url: 'https://s.example/members/', redirectChain: ['https://s.example/old-members'] })]));
    expect(d.causes.slice(0, 2).map((c) => c.id)).toEqual(['url-mistake', 'no-credentials']);
  });

  it('explains the focused observation, else the latest refused document', () => {
    const page = obs({ id: 'page', url: 'https://a.example/', time: NOW - 5000 });
    const api = obs({ id: 'api', type: 'xmlhttprequest', url: 'https://a.example/api', wwwAuthenticate: [bearer({ error: 'insufficient_scope' })], credentials: { authorizationScheme: 'Bearer' } });
    expect(diagnose(input([page, api])).focus?.id).toBe('page');
    expect(diagnose(input([page, api], { focusId: 'api' })).causes[0]?.id).toBe('not-permitted');
    expect(diagnose(input([api])).focus?.id).toBe('api');
  });

  it('gives the generic steps, in the articles\' order, when the evidence is thin', () => {
    const d = diagnose(input([obs({ wwwAuthenticate: ['Cookie realm="x"'], credentials: { cookieNames: ['x'] } })]));
    expect(d.generic).toBe(true);
    expect(d.headline.id).toBe('headline_generic');
    expect(d.causes.every((c) => c.confidence === 'low')).toBe(true);
    expect(orderedSteps(d).slice(0, 5)).toEqual(['check-url', 'clear-site-data', 'relogin', 'flush-dns', 'contact-owner']);
  });

  it('says nothing was refused when nothing was', () => {
    const d = diagnose(input([]));
    expect(d).toEqual({ focus: null, causes: [], generic: false, headline: { id: 'headline_nothing' } });
  });

  it('names the host in the headline', () => {
    expect(diagnose(input([obs({ url: 'https://shop.example/cart' })])).headline).toEqual({ id: 'headline_no_credentials', subs: ['shop.example'] });
  });

  it('is deterministic for the same input and now', () => {
    for (const s of SCENARIOS) expect(JSON.stringify(diagnose(s.input))).toBe(JSON.stringify(diagnose(s.input)));
  });

  it('survives input the schemas would have refused', () => {
    const broken = { ...obs(), wwwAuthenticate: null, credentials: null } as unknown as ReturnType<typeof obs>;
    const d = diagnose(input([broken]));
    expect(d.causes.length).toBeGreaterThan(0);
    expect(d.generic).toBe(true);
  });

  it('lists each step once across causes', () => {
    const steps = orderedSteps(diagnose(SCENARIOS[0]!.input));
    expect(new Set(steps).size).toBe(steps.length);
  });
});
