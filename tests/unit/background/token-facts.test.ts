// What capture keeps of an Authorization value: the placeholder kind and a Bearer JWT's exp, nbf,
// iat, iss, aud and scope — never the value, the signature or any other claim.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { tokenClaims } from '../../../src/core/capture/jwt-claims.ts';
import { placeholderOf } from '../../../src/core/capture/placeholder.ts';

const key = new TextEncoder().encode('a-test-key-of-at-least-32-bytes!!');

async function jwt(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);
}

describe('placeholderOf', () => {
  it('names what JavaScript printed instead of a token, alone or after a scheme', () => {
    expect(placeholderOf('Bearer undefined')).toBe('undefined');
    expect(placeholderOf('undefined')).toBe('undefined');
    expect(placeholderOf('Bearer null')).toBe('null');
    expect(placeholderOf('Bearer [object Object]')).toBe('object');
    expect(placeholderOf('[object Object]')).toBe('object');
    expect(placeholderOf('Bearer NaN')).toBe('nan');
    expect(placeholderOf('Token  null ')).toBe('null');
    expect(placeholderOf('')).toBe('empty');
    expect(placeholderOf('   ')).toBe('empty');
    expect(placeholderOf('Bearer')).toBe('empty');
    expect(placeholderOf('Bearer ')).toBe('empty');
    expect(placeholderOf('Bearer ""')).toBe('empty');
  });

  it('leaves real credentials alone', () => {
    expect(placeholderOf('Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig')).toBeNull();
    expect(placeholderOf('Basic dXNlcjpwYXNz')).toBeNull();
    expect(placeholderOf('Bearer nullable-token')).toBeNull();
    expect(placeholderOf('Bearer undefinedXYZ')).toBeNull();
    expect(placeholderOf(null)).toBeNull();
    expect(placeholderOf(undefined)).toBeNull();
  });
});

describe('tokenClaims', () => {
  it('keeps exp, nbf, iat, iss, aud and scope of a JWT signed by jose', async () => {
    const token = await jwt({ exp: 1_700_000_600, nbf: 1_700_000_000, iat: 1_700_000_000, iss: 'https://idp.example/', aud: 'api://orders', scope: 'read:profile' });
    expect(tokenClaims(`Bearer ${token}`)).toEqual({ exp: 1_700_000_600, nbf: 1_700_000_000, iat: 1_700_000_000, iss: 'https://idp.example/', aud: ['api://orders'], scope: 'read:profile' });
  });

  it('keeps no other claim, and nothing of the signature or the token', async () => {
    const token = await jwt({ exp: 1, sub: 'SUBJECT-83b1', email: 'person@example.com', name: 'PERSON-NAME', roles: ['ADMIN-ROLE'], aud: ['a', 'b'], scp: 'SCP-CLAIM' });
    const claims = tokenClaims(`bearer ${token}`)!;
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'nbf', 'scope']);
    const json = JSON.stringify(claims);
    for (const secret of ['SUBJECT-83b1', 'person@example.com', 'PERSON-NAME', 'ADMIN-ROLE', 'SCP-CLAIM', token.split('.')[2]!, token]) expect(json).not.toContain(secret);
    expect(claims).toMatchObject({ exp: 1, aud: ['a', 'b'], nbf: null, iss: null, scope: null });
  });

  it('reads a scope given as an array, and ignores claims of the wrong type', async () => {
    const token = await jwt({ scope: ['read', 'write'], exp: '1700000000', iss: 42, aud: [1, 'ok'] });
    expect(tokenClaims(`Bearer ${token}`)).toEqual({ exp: null, nbf: null, iat: null, iss: null, aud: ['ok'], scope: 'read write' });
  });

  it('is null for anything that is not a Bearer JWS', async () => {
    const token = await jwt({ exp: 1 });
    expect(tokenClaims(`Basic ${token}`)).toBeNull();
    expect(tokenClaims('Bearer opaque-token-1234')).toBeNull();
    expect(tokenClaims('Bearer a.b.c.d.e')).toBeNull();
    expect(tokenClaims('Bearer e30.e30.')).toBeNull(); // a header without alg
    expect(tokenClaims('Bearer eyJhbGciOiJub25lIn0.bm90LWpzb24.x')).toBeNull(); // payload is not JSON
    expect(tokenClaims('Bearer eyJhbGciOiJub25lIn0.WzFd.x')).toBeNull(); // payload is an array
    expect(tokenClaims(`Bearer ${'a'.repeat(20_000)}.b.c`)).toBeNull();
    expect(tokenClaims(null)).toBeNull();
  });
});
