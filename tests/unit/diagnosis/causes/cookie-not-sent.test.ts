import { describe, expect, it } from 'vitest';
import type { SiteCookie } from '../../../../src/core/diagnosis/types.ts';
import { input, obs, type ObsOverrides } from '../factory.ts';
import { causeIn, expectScenariosRankFirst, run } from '../helpers.ts';

const cookie = (over: Partial<SiteCookie> = {}): SiteCookie => ({ name: 'sid', domain: 'app.example', hostOnly: true, path: '/', secure: true, sameSite: 'no_restriction', partitionTopLevelSite: null, ...over });
/** A fetch of https://app.example/api/me from a page of `top`. */
const fetchFrom = (top: string | null, over: ObsOverrides = {}) =>
  obs({ type: 'xmlhttprequest', frameId: 0, url: 'https://app.example/api/me', wwwAuthenticate: [], topOrigin: top, initiator: top, ...over });
const why = (o: ReturnType<typeof obs>, cookies: SiteCookie[], family: 'chromium' | 'firefox' | null = 'chromium') => {
  const c = causeIn(run(input([o], { siteCookies: cookies, family })), 'cookie-not-sent');
  return c ? { ids: c.evidence.map((e) => e.message.id), subs: c.evidence[1]?.message.subs, confidence: c.confidence, steps: c.steps } : null;
};

describe('cookie-not-sent', () => {
  it('ranks first for a SameSite=Lax session cookie held back in a cross-site frame', () => expectScenariosRankFirst('cookie-not-sent'));

  it('names the cookies held back', () => {
    expect(why(fetchFrom('https://other.example'), [cookie({ sameSite: 'strict' }), cookie({ name: 'csrf', sameSite: 'strict' })])?.ids.slice(0, 1)).toEqual(['ev_cookie_held_not_sent']);
    const d = run(input([fetchFrom('https://other.example')], { siteCookies: [cookie({ sameSite: 'strict' })] }));
    expect(causeIn(d, 'cookie-not-sent')?.evidence[0]?.message.subs).toEqual(['sid']);
  });

  it('SameSite=Strict or Lax from another site, in a fetch', () => {
    expect(why(fetchFrom('https://other.example'), [cookie({ sameSite: 'strict' })])).toMatchObject({ ids: ['ev_cookie_held_not_sent', 'ev_cookie_samesite_strict'], subs: ['sid', 'https://other.example'], confidence: 'high' });
    expect(why(fetchFrom('https://other.example'), [cookie({ sameSite: 'lax' })])?.ids[1]).toBe('ev_cookie_samesite_lax');
  });

  it('an unspecified SameSite is Lax in Chromium but None in Firefox (then third-party blocking is why)', () => {
    expect(why(fetchFrom('https://other.example'), [cookie({ sameSite: 'unspecified' })], 'chromium')?.ids[1]).toBe('ev_cookie_samesite_default');
    const ff = why(fetchFrom('https://other.example'), [cookie({ sameSite: 'unspecified' })], 'firefox');
    expect(ff?.ids[1]).toBe('ev_cookie_third_party');
    expect(ff?.steps).toEqual(['open-in-own-tab', 'allow-site-cookies', 'owner-fix-cookies']);
  });

  it('Lax goes with a top-level GET navigation from another site, Strict does not', () => {
    const nav = fetchFrom(null, { type: 'main_frame', initiator: 'https://other.example', topOrigin: null });
    expect(why(nav, [cookie({ sameSite: 'lax' })])?.ids[1]).toBe('ev_cookie_reason_unknown');
    expect(why(nav, [cookie({ sameSite: 'strict' })])?.ids[1]).toBe('ev_cookie_samesite_strict');
    // A POST navigation from another site leaves Lax cookies behind.
    expect(why({ ...nav, method: 'POST' }, [cookie({ sameSite: 'lax' })])?.ids[1]).toBe('ev_cookie_samesite_lax');
  });

  it('SameSite=None from another site: third-party cookies blocked, and allowing them is a step', () => {
    const w = why(fetchFrom('https://other.example'), [cookie()]);
    expect(w?.ids[1]).toBe('ev_cookie_third_party');
    expect(w?.steps).toContain('allow-site-cookies');
  });

  it('Secure on plain http, but not on localhost', () => {
    const onHttp = why(fetchFrom(null, { url: 'http://app.example/api/me' }), [cookie()]);
    expect(onHttp?.ids[1]).toBe('ev_cookie_secure_http');
    expect(onHttp?.steps[0]).toBe('check-url');
    expect(why(fetchFrom(null, { url: 'http://localhost/api/me' }), [cookie({ domain: 'localhost' })])?.ids[1]).toBe('ev_cookie_reason_unknown');
  });

  it('another partition (CHIPS): set under one top-level site, requested under another', () => {
    const w = why(fetchFrom('https://other.example'), [cookie({ partitionTopLevelSite: 'https://third.example' })]);
    expect(w).toMatchObject({ ids: ['ev_cookie_held_not_sent', 'ev_cookie_partition'], subs: ['sid', 'https://third.example', 'https://other.example'] });
    // Under its own partition it would have gone: no partition reason.
    expect(why(fetchFrom('https://other.example'), [cookie({ partitionTopLevelSite: 'https://other.example' })])?.ids[1]).not.toBe('ev_cookie_partition');
  });

  it('path and domain: the cookie was never meant for this URL (RFC 6265bis §5.1.3, §5.1.4)', () => {
    expect(why(fetchFrom(null), [cookie({ path: '/app' })])).toMatchObject({ ids: ['ev_cookie_held_not_sent', 'ev_cookie_path'], subs: ['sid', '/app', '/api/me'], confidence: 'medium' });
    expect(why(fetchFrom(null), [cookie({ path: '/api' })])?.ids[1]).toBe('ev_cookie_reason_unknown');
    expect(why(fetchFrom(null), [cookie({ path: '/ap' })])?.ids[1]).toBe('ev_cookie_path');
    expect(why(fetchFrom(null), [cookie({ domain: 'www.app.example' })])?.ids[1]).toBe('ev_cookie_domain');
    expect(why(fetchFrom(null), [cookie({ domain: '.app.example', hostOnly: false })])?.ids[1]).toBe('ev_cookie_reason_unknown');
    expect(why(fetchFrom(null, { url: 'https://api.app.example/me' }), [cookie({ domain: 'app.example', hostOnly: true })])?.ids[1]).toBe('ev_cookie_domain');
  });

  it('shows the strongest reason when several cookies were held back for different ones', () => {
    const w = why(fetchFrom('https://other.example'), [cookie({ name: 'theme', path: '/x' }), cookie({ name: 'sid', sameSite: 'strict' })]);
    expect(w?.ids[1]).toBe('ev_cookie_samesite_strict');
  });

  it('does not apply when every cookie was sent, nothing is known of the cookies, or the request was not watched', () => {
    expect(why(fetchFrom('https://other.example', { credentials: { cookieNames: ['sid'] } }), [cookie({ sameSite: 'strict' })])).toBeNull();
    expect(causeIn(run(input([fetchFrom('https://other.example')])), 'cookie-not-sent')).toBeUndefined();
    expect(why(fetchFrom('https://other.example', { credentials: { requestSeen: false } }), [cookie({ sameSite: 'strict' })])).toBeNull();
  });
});
