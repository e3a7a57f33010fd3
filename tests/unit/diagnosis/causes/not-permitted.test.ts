import { describe, expect, it } from 'vitest';
import { bearer, input, obs, probe } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('not-permitted', () => {
  it('ranks first for Bearer insufficient_scope', () => expectScenariosRankFirst('not-permitted'));

  it('sets the token\'s own scope against the scope the API wants', () => {
    const token = { exp: null, nbf: null, iat: null, iss: null, aud: [], scope: 'read:profile' };
    const d = run(input([obs({ status: 403, type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'insufficient_scope', scope: 'read:profile admin:all' })], credentials: { authorizationScheme: 'Bearer', token } })]));
    expect(causeIn(d, 'not-permitted')?.evidence.find((e) => e.message.id === 'ev_token_scope_vs_wanted')?.message.subs).toEqual(['read:profile', 'admin:all']);
    // A token that holds every scope asked for has no gap to show.
    const full = run(input([obs({ status: 403, wwwAuthenticate: [bearer({ error: 'insufficient_scope', scope: 'read:profile' })], credentials: { authorizationScheme: 'Bearer', token } })]));
    expect(evidenceIds(causeIn(full, 'not-permitted'))).not.toContain('ev_token_scope_vs_wanted');
  });

  it('names the missing scope and the 403', () => {
    const d = run(input([obs({ status: 403, type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'insufficient_scope', scope: 'repo:write' })], credentials: { authorizationScheme: 'Bearer' } })]));
    const c = causeIn(d, 'not-permitted');
    expect(c?.evidence[0]?.message).toEqual({ id: 'ev_insufficient_scope', subs: ['repo:write'] });
    expect(evidenceIds(c)).toContain('ev_status_403');
    expect(c?.steps[0]).toBe('contact-owner');
  });

  it('reads a locked account on the page', () => {
    const d = run(input([obs({ credentials: { authorizationScheme: 'Basic' } })], { probe: probe('https://site.example/private/', 'Sign-in failed', 'Your account is locked. Contact support.') }));
    expect(d.causes[0]?.id).toBe('not-permitted');
  });

  it('rises after a fresh sign-in is refused again', () => {
    const d = run(input([obs({ credentials: { authorizationScheme: 'Basic' } })], { attempts: ['relogin'] }));
    expect(d.causes[0]?.id).toBe('not-permitted');
    expect(evidenceIds(d.causes[0])).toContain('ev_relogin_tried');
  });
});
