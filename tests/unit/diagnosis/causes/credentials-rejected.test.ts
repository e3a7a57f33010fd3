import { describe, expect, it } from 'vitest';
import { bearer, input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const xhr = (challenge: string) => obs({ type: 'xmlhttprequest', wwwAuthenticate: [challenge], credentials: { authorizationScheme: 'Bearer' } });

describe('credentials-rejected', () => {
  it('ranks first for a Bearer token the API does not recognise', () => expectScenariosRankFirst('credentials-rejected'));

  it.each([
    // A wording no library owns: the sentence without a source name.
    ['invalid signature', 'ev_words_bad_signature_plain'],
    ['jwt audience invalid. expected: api://x', 'ev_words_wrong_audience'],
    ['Access Token has been revoked', 'ev_words_revoked'],
  ])('reads "%s" as a rejection, not an expiry', (description, id) => {
    const d = run(input([xhr(bearer({ error: 'invalid_token', error_description: description }))]));
    expect(d.causes[0]?.id).toBe('credentials-rejected');
    expect(evidenceIds(d.causes[0])).toContain(id);
    expect(causeIn(d, 'session-expired')).toBeUndefined();
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
