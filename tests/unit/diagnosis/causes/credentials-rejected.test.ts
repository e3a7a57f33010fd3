import { describe, expect, it } from 'vitest';
import { bearer, input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const xhr = (challenge: string) => obs({ type: 'xmlhttprequest', wwwAuthenticate: [challenge], credentials: { authorizationScheme: 'Bearer' } });

describe('credentials-rejected', () => {
  it('ranks first for a Bearer token the API does not recognise', () => expectScenariosRankFirst('credentials-rejected'));

  it.each([
    ['invalid signature', 'ev_words_bad_signature'],
    // No library owns this wording (the Cognito row had no public source): the sentence without a name.
    ['Access Token has been revoked', 'ev_words_revoked_plain'],
  ])('reads "%s" as a rejection, not an expiry', (description, id) => {
    const d = run(input([xhr(bearer({ error: 'invalid_token', error_description: description }))]));
    expect(d.causes[0]?.id).toBe('credentials-rejected');
    expect(evidenceIds(d.causes[0])).toContain(id);
    expect(causeIn(d, 'session-expired')).toBeUndefined();
  });

  it('leaves a configuration problem (wrong audience) to token-misconfigured: signing in again would not help', () => {
    const d = run(input([xhr(bearer({ error: 'invalid_token', error_description: 'jwt audience invalid. expected: api://x' }))]));
    expect(d.causes[0]?.id).toBe('token-misconfigured');
    expect(causeIn(d, 'credentials-rejected')?.confidence).toBe('low');
  });

  // Issue 11 §3: the CLI on the lab's Bearer URL without -H. The lab says invalid_token to any
  // request; nothing was sent, so nothing was refused.
  it('does not say the sign-in was refused when capture saw nothing sent, whatever the server says', () => {
    const d = run(input([obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: 'The access token is not recognised' })] })]));
    expect(causeIn(d, 'credentials-rejected')).toBeUndefined();
    expect(d.causes[0]?.id).toBe('no-credentials');
    expect(evidenceIds(d.causes[0])).toContain('ev_error_without_token');
  });

  it('when the request was not watched, believes the server\'s invalid_token, says "not seen" and asks to watch a reload', () => {
    const d = run(input([obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'invalid_token', error_description: 'The access token is not recognised' })], credentials: { requestSeen: false } })]));
    const c = causeIn(d, 'credentials-rejected');
    expect(c?.steps[0]).toBe('reload-and-watch');
    expect(evidenceIds(c)).toEqual(expect.arrayContaining(['ev_request_not_seen', 'ev_server_says_token_sent']));
    expect(evidenceIds(c)).not.toContain('ev_authorization_sent');
    expect(causeIn(d, 'no-credentials')).toBeUndefined();
  });

  it('ranks a refused Basic password first, with the scheme as the only trace of it', () => {
    const d = run(input([obs({ credentials: { authorizationScheme: 'Basic' } })]));
    expect(d.causes[0]?.id).toBe('credentials-rejected');
    expect(d.causes[0]?.evidence.find((e) => e.message.id === 'ev_authorization_sent')?.message.subs).toEqual(['Basic']);
  });

  it('counts a password the browser replayed from its cache', () => {
    const d = run(input([obs({ credentials: { browserRetried: 'certain' } })]));
    expect(d.causes[0]?.id).toBe('credentials-rejected');
    expect(evidenceIds(d.causes[0])).toContain('ev_browser_retried');
  });

  it('steps back after a fresh sign-in was refused too (the account is then the suspect)', () => {
    const before = causeIn(run(input([obs({ credentials: { authorizationScheme: 'Basic' } })])), 'credentials-rejected')!;
    const after = causeIn(run(input([obs({ credentials: { authorizationScheme: 'Basic' } })], { attempts: ['relogin'] })), 'credentials-rejected')!;
    expect(after.score).toBeLessThan(before.score);
    expect(evidenceIds(after)).toContain('ev_relogin_tried');
  });
});
