import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../../src/core/diagnosis/context.ts';
import { clockSkew } from '../../../../src/core/diagnosis/causes/clock-skew.ts';
import type { TokenClaims } from '../../../../src/core/observation.ts';
import { NOW, bearer, input, obs, type ObsOverrides } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

const AT = NOW - 1000;
/** A Date header for a server whose clock reads `minutes` later than ours (negative: earlier). */
const serverAhead = (minutes: number) => new Date(AT + minutes * 60_000).toUTCString();
const api = (description: string | null, over: ObsOverrides = {}) =>
  obs({ type: 'xmlhttprequest', time: AT, wwwAuthenticate: [description === null ? bearer({}) : bearer({ error: 'invalid_token', error_description: description })], credentials: { authorizationScheme: 'Bearer' }, ...over });
const claims = (over: Partial<TokenClaims>): TokenClaims => ({ exp: null, nbf: null, iat: null, iss: null, aud: [], scope: null, ...over });

describe('clock-skew', () => {
  it('ranks first when a token is refused as expired and this clock is 9 minutes behind', () => expectScenariosRankFirst('clock-skew'));

  it('measures the skew from a fresh Date and says which way it goes', () => {
    const behind = causeIn(run(input([api('jwt expired', { date: serverAhead(9) })])), 'clock-skew');
    expect(behind?.evidence[0]?.message).toEqual({ id: 'ev_clock_behind', subs: ['9', serverAhead(9)] });
    expect(evidenceIds(behind)).toContain('ev_words_expired');
    expect(behind?.steps[0]).toBe('fix-clock');
    const ahead = causeIn(run(input([obs({ time: AT, date: serverAhead(-7) })])), 'clock-skew');
    expect(ahead?.evidence[0]?.message.id).toBe('ev_clock_ahead');
    expect(ahead?.evidence[0]?.message.subs?.[0]).toBe('7');
  });

  it('grades the skew: 2 min is possible, 5 min likely, below 2 min nothing', () => {
    expect(causeIn(run(input([api('jwt expired', { date: serverAhead(3) })])), 'clock-skew')?.confidence).toBe('medium');
    expect(causeIn(run(input([api('jwt expired', { date: serverAhead(6) })])), 'clock-skew')?.confidence).toBe('high');
    expect(causeIn(run(input([api('jwt expired', { date: serverAhead(1) })])), 'clock-skew')).toBeUndefined();
    // Alone, with nothing about time in the refusal, a skew is a fact about this computer, not a finding.
    expect(causeIn(run(input([obs({ time: AT, date: serverAhead(3) })])), 'clock-skew')?.confidence).toBe('low');
  });

  it('ignores a Date from the cache, an aged copy or an unreadable header', () => {
    for (const over of [{ fromCache: true }, { age: '120' }, { date: 'yesterday-ish' }] as ObsOverrides[]) {
      expect(causeIn(run(input([api('jwt expired', { date: serverAhead(9), ...over })])), 'clock-skew')).toBeUndefined();
    }
    expect(causeIn(run(input([api('jwt expired', { date: serverAhead(9), age: '0' })])), 'clock-skew')).toBeDefined();
  });

  it('outranks session-expired when the skew explains the expiry, which it marks as such', () => {
    const d = run(input([api('jwt expired', { date: serverAhead(9) })]));
    expect(d.causes[0]?.id).toBe('clock-skew');
    const expired = causeIn(d, 'session-expired');
    expect(expired?.confidence).toBe('medium');
    expect(evidenceIds(expired)).toContain('ev_clock_explains_expiry');
    // The same expiry with a right clock is session-expired's.
    expect(run(input([api('jwt expired', { date: serverAhead(0) })])).causes[0]?.id).toBe('session-expired');
  });

  it('reads a token issued or valid from minutes ahead of the local clock', () => {
    const iat = Math.floor((AT + 20 * 60_000) / 1000);
    const c = causeIn(run(input([api(null, { credentials: { authorizationScheme: 'Bearer', token: claims({ iat }) } })])), 'clock-skew');
    expect(c?.evidence.find((e) => e.message.id === 'ev_token_time_ahead')?.message.subs).toEqual(['iat', '20']);
    expect(c?.confidence).toBe('medium');
    const nbf = Math.floor((AT + 10 * 60_000) / 1000);
    const withDate = causeIn(run(input([api(null, { date: serverAhead(10), credentials: { authorizationScheme: 'Bearer', token: claims({ nbf }) } })])), 'clock-skew');
    expect(withDate?.confidence).toBe('high');
  });

  it('reads a DPoP proof refused for its iat', () => {
    const d = run(input([obs({ time: AT, date: serverAhead(-8), wwwAuthenticate: ['DPoP algs="ES256", error="invalid_dpop_proof", error_description="DPoP proof iat is not recent enough"'], credentials: { authorizationScheme: 'DPoP' } })]));
    const c = causeIn(d, 'clock-skew');
    expect(c?.confidence).toBe('high');
    expect(evidenceIds(c)).toContain('ev_dpop_time');
  });

  it('names a clock for "not yet valid" even without a Date to measure, but not for a plain expiry', () => {
    const o = api('whatever');
    const ctx = buildContext(input([o]), o);
    const future = clockSkew.detect({ ...ctx, tokenWords: { problem: 'issued-in-future', source: 'jose' } });
    expect(future?.confidence).toBe('medium');
    expect(future?.evidence.map((e) => e.message.id)).toEqual(['ev_words_issued_in_future']);
    expect(clockSkew.detect({ ...ctx, tokenWords: { problem: 'expired', source: 'jose' } })).toBeNull();
  });

  it('takes a "not yet valid" wording as time-bound (the words helper adds the library rows)', () => {
    const ctx = buildContext(input([api('whatever', { date: serverAhead(-6) })]), api('whatever', { date: serverAhead(-6) }));
    const found = clockSkew.detect({ ...ctx, tokenWords: { problem: 'not-yet-valid', source: 'jose' } });
    expect(found?.confidence).toBe('high');
    expect(found?.evidence.map((e) => e.message.id)).toEqual(['ev_clock_ahead', 'ev_words_not_yet_valid']);
  });
});
