// The pure half of capture (src/core/capture): header extraction, redaction, refusal rules,
// the retry inference and the observation built from a response.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorizationScheme, cookieNames, sentCredentials } from '../../../src/core/capture/credentials.ts';
import { buildObservation, requestIdOf, observationId } from '../../../src/core/capture/build-observation.ts';
import { headerValues } from '../../../src/core/capture/headers.ts';
import { originOf } from '../../../src/core/capture/origin.ts';
import { challengesBrowserScheme, isRefusal } from '../../../src/core/capture/refusal.ts';
import { newTrail, TrailMap } from '../../../src/core/capture/request-trail.ts';
import { inferBrowserRetried } from '../../../src/core/capture/retry.ts';
import { Observation } from '../../../src/core/observation.ts';
import { basicChallenge, bearerChallenge, req, response } from './fakes.ts';

describe('credentials', () => {
  it('keeps the Authorization scheme only', () => {
    expect(authorizationScheme('Bearer eyJhbGciOi.abc.def')).toBe('Bearer');
    expect(authorizationScheme('  Basic dXNlcjpwYXNz')).toBe('Basic');
    expect(authorizationScheme('')).toBeNull();
    expect(authorizationScheme(null)).toBeNull();
  });

  it('keeps cookie names, never values, deduplicated', () => {
    expect(cookieNames('sid=abc; theme=dark; sid=again;  _ga=GA1.2=3')).toEqual(['sid', 'theme', '_ga']);
    expect(cookieNames('novalue; =x; a=')).toEqual(['a']);
    expect(cookieNames(null)).toEqual([]);
  });

  it('reads Proxy-Authorization for a proxy refusal', () => {
    const h = [{ name: 'Authorization', value: 'Bearer t' }, { name: 'proxy-authorization', value: 'Basic x' }];
    expect(sentCredentials(h, true).authorizationScheme).toBe('Basic');
    expect(sentCredentials(h).authorizationScheme).toBe('Bearer');
  });

  it('never lets a cookie value through (property)', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_]{1,12}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(token, fc.stringMatching(/^[A-Za-z0-9]{16,24}$/)), { minLength: 1, maxLength: 6 }), (pairs) => {
        const names = cookieNames(pairs.map(([n, v]) => `${n}=${v}`).join('; '));
        for (const [, v] of pairs) expect(names).not.toContain(v);
        expect(names.length).toBe(new Set(pairs.map(([n]) => n)).size);
      }),
    );
  });
});

describe('headers and refusals', () => {
  it('keeps every WWW-Authenticate line, case-insensitively, in order', () => {
    const h = [{ name: 'WWW-Authenticate', value: 'Negotiate' }, { name: 'Server', value: 'x' }, { name: 'www-authenticate', value: 'NTLM' }];
    expect(headerValues(h, 'WWW-Authenticate')).toEqual(['Negotiate', 'NTLM']);
  });

  it('records 401 and 407 always, 403 only with a challenge', () => {
    expect(isRefusal(401, [])).toBe(true);
    expect(isRefusal(407, undefined)).toBe(true);
    expect(isRefusal(403, [])).toBe(false);
    expect(isRefusal(403, bearerChallenge)).toBe(true);
    expect(isRefusal(200, basicChallenge)).toBe(false);
  });

  it('tells browser-cached schemes from the others', () => {
    expect(challengesBrowserScheme(['Basic realm="a"'])).toBe(true);
    expect(challengesBrowserScheme(['Bearer realm="a", Digest realm="b", nonce="n"'])).toBe(true);
    expect(challengesBrowserScheme(['Negotiate'])).toBe(true);
    expect(challengesBrowserScheme(['Bearer realm="basic"'])).toBe(false);
    expect(challengesBrowserScheme([])).toBe(false);
  });

  it('finds the origin without parsing, dropping userinfo', () => {
    expect(originOf('https://App.Example:8443/x?y#z')).toBe('https://app.example:8443');
    expect(originOf('https://user:pw@a.example/p')).toBe('https://a.example');
    expect(originOf('http://a.example')).toBe('http://a.example');
    expect(originOf('https://a.example?q=1')).toBe('https://a.example');
  });
});

describe('browser-retried inference', () => {
  it('is certain when the same request was refused before', () => {
    expect(inferBrowserRetried(1, null, ['Basic realm="a"'])).toBe('certain');
  });
  it('is no when the page sent its own Authorization or the scheme is not cached by browsers', () => {
    expect(inferBrowserRetried(0, 'Basic', ['Basic realm="a"'])).toBe('no');
    expect(inferBrowserRetried(0, null, ['Bearer'])).toBe('no');
  });
  it('is unknown on a first Basic refusal', () => {
    expect(inferBrowserRetried(0, null, ['Basic realm="a"'])).toBe('unknown');
  });
});

describe('buildObservation', () => {
  it('builds a valid Observation with masked URLs and no credential values', () => {
    const r = req({ url: 'https://u:p@app.example/api?access_token=SECRET1&page=2', requestHeaders: [{ name: 'Authorization', value: 'Bearer SECRET2' }, { name: 'Cookie', value: 'sid=SECRET3; lang=en' }] });
    const trail = newTrail();
    trail.requestHeaders = r.requestHeaders;
    trail.sends = 1;
    trail.lastSentUrl = r.url;
    trail.chain.push('https://app.example/login?code=SECRET4');
    const o = buildObservation(
      response(r, 401, [...bearerChallenge, { name: 'Location', value: 'https://app.example/x?sig=SECRET5' }, { name: 'Retry-After', value: '30' }, { name: 'Server', value: 'nginx' }]),
      trail,
    );
    expect(Observation.safeParse(o).success).toBe(true);
    const json = JSON.stringify(o);
    for (const s of ['SECRET1', 'SECRET2', 'SECRET3', 'SECRET4', 'SECRET5', ':p@']) expect(json).not.toContain(s);
    expect(o.url).toBe('https://•••:•••@app.example/api?access_token=•••&page=2');
    expect(o.credentials).toEqual({ authorizationScheme: 'Bearer', cookieNames: ['sid', 'lang'], browserRetried: 'no', requestSeen: true, placeholder: null, token: null });
    expect(o).toMatchObject({ status: 401, retryAfter: '30', server: 'nginx', redirectChain: ['https://app.example/login?code=•••'] });
  });

  it('says "not seen" for a request it did not watch, never "none"', () => {
    const r = req({ requestHeaders: [{ name: 'Authorization', value: 'Bearer SECRET' }] });
    const o = buildObservation(response(r, 401, bearerChallenge), newTrail());
    expect(o.credentials).toEqual({ authorizationScheme: null, cookieNames: [], browserRetried: 'no', requestSeen: false });
    expect(o.preflight).toBeUndefined();
    // A trail whose last watched send was another URL (a redirect from a watched origin) did not see this one.
    const t = newTrail();
    t.sends = 1;
    t.lastSentUrl = 'https://other.example/start';
    expect(buildObservation(response(r, 401, bearerChallenge), t).credentials.requestSeen).toBe(false);
  });

  it('keeps Date, Age, the initiator and the top origin', () => {
    const r = req({ url: 'https://api.example/v1', frameId: 0, initiator: 'https://app.example' });
    const o = buildObservation(response(r, 401, [...bearerChallenge, { name: 'Date', value: 'Tue, 01 Dec 2026 10:00:00 GMT' }, { name: 'Age', value: '12' }]), undefined);
    expect(o).toMatchObject({ date: 'Tue, 01 Dec 2026 10:00:00 GMT', age: '12', initiator: 'https://app.example', topOrigin: 'https://app.example', hops: [] });
    // Firefox: originUrl and the frame ancestors (the last is the top document).
    const ff = req({ url: 'https://api.example/v1', frameId: 5, originUrl: 'https://widget.example/frame?sid=x', frameAncestors: [{ url: 'https://widget.example/frame', frameId: 3 }, { url: 'https://shop.example/cart', frameId: 0 }] });
    expect(buildObservation(response(ff, 401, bearerChallenge), undefined)).toMatchObject({ initiator: 'https://widget.example', topOrigin: 'https://shop.example' });
    // A Chromium frame's request: its top is not in the details.
    expect(buildObservation(response(req({ frameId: 4, initiator: 'https://widget.example' }), 401), undefined).topOrigin).toBeNull();
  });

  it('reads Proxy-Authenticate for a 407', () => {
    const o = buildObservation(response(req(), 407, [{ name: 'Proxy-Authenticate', value: 'Basic realm="proxy"' }]), undefined);
    expect(o.proxyAuthenticate).toEqual(['Basic realm="proxy"']);
    expect(o.credentials.browserRetried).toBe('unknown');
  });

  it('gives each refusal of one request its own id, and recovers the requestId from it', () => {
    const a = observationId('req.9', 0, 1000.7);
    const b = observationId('req.9', 1, 1000.7);
    expect(a).not.toBe(b);
    expect(requestIdOf(a)).toBe('req.9');
  });
});

describe('TrailMap', () => {
  it('stays bounded, forgetting the oldest request', () => {
    const m = new TrailMap(3);
    for (const id of ['a', 'b', 'c', 'd']) m.open(id);
    expect(m.size).toBe(3);
    expect(m.get('a')).toBeUndefined();
    expect(m.get('d')).toBeDefined();
  });
});
