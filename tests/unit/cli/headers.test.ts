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
    expect(credentialsOf(headers, false)).toEqual({ authorizationScheme: 'Bearer', cookieNames: ['sid', 'theme'], browserRetried: 'no' });
    expect(credentialsOf(headers, true).authorizationScheme).toBe('Basic');
    expect(credentialsOf([], false)).toEqual({ authorizationScheme: null, cookieNames: [], browserRetried: 'no' });
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
