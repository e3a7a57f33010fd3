// Where "log in again" goes: what the challenge names, WordPress's login, a reload for Basic and
// Digest, the usual paths otherwise.
import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../../src/core/challenge/index.ts';
import { isWordPress, signInPlan } from '../../../src/core/view/sign-in.ts';

const challenges = (line: string) => parseChallenges(line).challenges;
const url = 'https://app.example.com/area/page';

describe('signInPlan', () => {
  it('follows the form-action of a cookie challenge, resolved against the page', () => {
    expect(signInPlan(challenges('Cookie realm="x", form-action="/session/login"'), url, [])).toEqual({
      kind: 'open',
      url: 'https://app.example.com/session/login',
    });
  });

  it('follows an OAuth authorization_uri', () => {
    expect(signInPlan(challenges('Bearer authorization_uri="https://id.example.com/authorize"'), url, [])).toEqual({
      kind: 'open',
      url: 'https://id.example.com/authorize',
    });
  });

  it('takes a realm only when it is an absolute web address', () => {
    expect(signInPlan(challenges('Bearer realm="https://id.example.com/login"'), url, [])).toMatchObject({ url: 'https://id.example.com/login' });
    expect(signInPlan(challenges('Bearer realm="Members area"'), url, []).kind).toBe('probe');
  });

  it('never follows a script or data address', () => {
    expect(signInPlan(challenges('Cookie form-action="javascript:alert(1)"'), url, []).kind).toBe('probe');
    expect(signInPlan(challenges('Bearer authorization_uri="data:text/html,x"'), url, []).kind).toBe('probe');
  });

  it('sends WordPress sites to wp-login.php, back to the page afterwards', () => {
    const plan = signInPlan([], 'https://blog.example.com/wp-admin/edit.php', []);
    expect(plan).toEqual({ kind: 'open', url: `https://blog.example.com/wp-login.php?redirect_to=${encodeURIComponent('https://blog.example.com/wp-admin/edit.php')}` });
    expect(isWordPress(['https://x.example/wp-json/wp/v2/posts'])).toBe(true);
    expect(isWordPress(['https://x.example/wpx/'])).toBe(false);
  });

  it('reloads for Basic and Digest, where the browser itself asks', () => {
    expect(signInPlan(challenges('Basic realm="Members"'), url, [])).toEqual({ kind: 'reload' });
    expect(signInPlan(challenges('Digest realm="a", nonce="n"'), url, [])).toEqual({ kind: 'reload' });
  });

  it('tries the usual sign-in paths of the same origin otherwise', () => {
    const plan = signInPlan(challenges('Bearer'), url, []);
    expect(plan.kind).toBe('probe');
    if (plan.kind === 'probe') {
      expect(plan.urls[0]).toBe('https://app.example.com/login');
      expect(plan.urls.every((u) => u.startsWith('https://app.example.com/'))).toBe(true);
    }
  });
});
