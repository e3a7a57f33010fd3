import { describe, expect, it } from 'vitest';
import { NOW, bearer, input, obs, ok } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('no-credentials', () => {
  it('ranks first for a Basic area refused with nothing sent', () => expectScenariosRankFirst('no-credentials'));

  it('names the scheme and realm the site asked for, and the browser prompt', () => {
    const d = run(input([obs({ wwwAuthenticate: ['Basic realm="Staff only"'], authRequired: [{ scheme: 'basic', realm: 'Staff only', isProxy: false }] })]));
    const c = causeIn(d, 'no-credentials');
    expect(c?.confidence).toBe('high');
    expect(c?.evidence.find((e) => e.message.id === 'ev_challenge_realm')?.message.subs).toEqual(['Basic', 'Staff only']);
    expect(evidenceIds(c)).toContain('ev_browser_prompted');
    expect(c?.steps[0]).toBe('reload');
  });

  it('suggests signing in first for a Bearer API (the browser has no prompt for it)', () => {
    const d = run(input([obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({})] }), ], { successes: [ok('https://site.example/', { time: NOW - 5000 })] }));
    expect(d.causes[0]?.id).toBe('no-credentials');
    expect(d.causes[0]?.steps[0]).toBe('relogin');
  });

  it('is only medium when Chromium may have replayed a cached password unseen', () => {
    const d = run(input([obs({ credentials: { browserRetried: 'unknown' } })]));
    expect(causeIn(d, 'no-credentials')?.confidence).toBe('medium');
  });

  describe('when capture did not watch the request (its headers are "not seen", not "none")', () => {
    const unseen = (challenge: string) => run(input([obs({ type: 'xmlhttprequest', wwwAuthenticate: [challenge], credentials: { requestSeen: false } })]));

    it('never says no header and no cookie were sent', () => {
      for (const ch of [bearer({}), 'Basic realm="x"', bearer({ error: 'invalid_token' })]) {
        const ids = unseen(ch).causes.flatMap((c) => evidenceIds(c));
        expect(ids).not.toContain('ev_no_authorization');
        expect(ids).not.toContain('ev_no_cookies');
      }
    });

    it('reads a Bearer challenge without an error code as "no token came" (RFC 6750 §3.1), at medium', () => {
      const c = causeIn(unseen(bearer({})), 'no-credentials');
      expect(c?.confidence).toBe('medium');
      expect(evidenceIds(c)).toEqual(['ev_request_not_seen', 'ev_challenge_realm', 'ev_server_says_no_token']);
      expect(c?.steps[0]).toBe('reload-and-watch');
    });

    it('has only a low guess for a Basic challenge, and none when the server says a token came', () => {
      expect(causeIn(unseen('Basic realm="x"'), 'no-credentials')?.confidence).toBe('low');
      expect(causeIn(unseen(bearer({ error: 'invalid_token' })), 'no-credentials')).toBeUndefined();
    });
  });

  it('does not apply once anything identifying was sent', () => {
    for (const credentials of [{ authorizationScheme: 'Basic' }, { cookieNames: ['sid'] }, { browserRetried: 'certain' as const }]) {
      expect(causeIn(run(input([obs({ credentials })])), 'no-credentials')).toBeUndefined();
    }
  });
});
