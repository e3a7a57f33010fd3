import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorizationScheme as authScheme } from '../../../src/core/capture/credentials.ts';
import { cookieNames, credentialsOf, parseHeaderArg } from '../../../src/cli/headers.ts';

describe('request headers given with --header', () => {
  it('splits at the first colon and trims', () => {
    expect(parseHeaderArg('X-Time:  12:30 ', 1)).toEqual({ name: 'X-Time', value: '12:30' });
  });

  it('records only the Authorization scheme and the cookie names', () => {
    const headers = [
      { name: 'authorization', value: 'Bearer eyJhbGciOi.secret.sig' },
      { name: 'Cookie', value: 'sid=abc; theme=dark;  sid=again' },
      { name: 'Proxy-Authorization', value: 'Basic bGFiOmxhYi1wYXNzd29yZA==' },
    ];
    // Not a decodable JWT and no placeholder: nothing of the value is kept.
    expect(credentialsOf(headers, false)).toEqual({ authorizationScheme: 'Bearer', cookieNames: ['sid', 'theme'], browserRetried: 'no', placeholder: null, token: null });
    expect(credentialsOf(headers, true).authorizationScheme).toBe('Basic');
    expect(credentialsOf([], false)).toEqual({ authorizationScheme: null, cookieNames: [], browserRetried: 'no', placeholder: null, token: null });
  });

  it('keeps the placeholder kind and a JWT\'s allowed claims, as the worker does, never the value', () => {
    expect(credentialsOf([{ name: 'Authorization', value: 'Bearer undefined' }], false).placeholder).toBe('undefined');
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${part({ alg: 'RS256' })}.${part({ exp: 1700000000, iss: 'https://issuer.test/', aud: 'api', sub: 'alice@example.com' })}.c2ln`;
    const c = credentialsOf([{ name: 'Authorization', value: `Bearer ${jwt}` }], false);
    expect(c.token).toMatchObject({ exp: 1700000000, iss: 'https://issuer.test/', aud: ['api'] });
    expect(JSON.stringify(c)).not.toContain('alice');
    expect(JSON.stringify(c)).not.toContain(jwt);
  });

  it('takes the scheme as the first token only', () => {
    expect(authScheme('Digest username="x", response="y"')).toBe('Digest');
    expect(authScheme('  ')).toBeNull();
    expect(cookieNames([{ name: 'cookie', value: 'novalue; =x; a=1' }])).toEqual(['a']);
  });

  it('never returns any part of a credential beyond its scheme', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{3,10}$/), fc.stringMatching(/^[A-Za-z0-9+/=._-]{12,40}$/), (scheme, secret) => {
        const creds = credentialsOf([{ name: 'Authorization', value: `${scheme} ${secret}` }, { name: 'Cookie', value: `n=${secret}` }], false);
        expect(JSON.stringify(creds)).not.toContain(secret);
      }),
    );
  });
});
