// The tokens every wording test sends: one good key served as a local JWKS, and one token per way a
// token goes wrong. Signed with jose (a real JWS implementation), so each library under test meets
// tokens it could meet from a real issuer. No network: the JWKS is served by the test's own server.
import { createSecretKey, KeyObject } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';

export const ISSUER = 'https://issuer.test/';
export const AUDIENCE = 'https://api.test';
export const KID = 'good-key';

/** The ways a token goes wrong that the wording table must tell apart. */
export type Case = 'expired' | 'not-yet-valid' | 'issued-in-future' | 'bad-signature' | 'wrong-audience' | 'wrong-issuer' | 'unknown-key' | 'alg-not-allowed' | 'malformed';

export interface Keys {
  /** The JWKS the server trusts (public part of the good key only). */
  jwks: { keys: JWK[] };
  /** The good public key as Node KeyObject, for libraries that take a key rather than a JWKS. */
  publicKey: KeyObject;
  /** A token that passes every check, to show the server accepts what it should. */
  good: string;
  tokens: Record<Case, string>;
}

const HOUR = 3600;

export async function makeKeys(): Promise<Keys> {
  const good = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(good.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const now = Math.floor(Date.now() / 1000);
  const base: JWTPayload = { iss: ISSUER, aud: AUDIENCE, sub: 'user-1', iat: now - 60, exp: now + HOUR };
  const sign = (claims: JWTPayload, key: CryptoKey = good.privateKey, kid = KID) =>
    new SignJWT({ ...base, ...claims }).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
  const hmac = new SignJWT(base).setProtectedHeader({ alg: 'HS256', kid: KID, typ: 'JWT' }).sign(createSecretKey(Buffer.from('a-shared-secret-of-32-bytes-long!')));
  return {
    jwks: { keys: [jwk] },
    publicKey: KeyObject.from(good.publicKey),
    good: await sign({}),
    tokens: {
      expired: await sign({ iat: now - 2 * HOUR, exp: now - HOUR }),
      'not-yet-valid': await sign({ nbf: now + HOUR, exp: now + 2 * HOUR }),
      'issued-in-future': await sign({ iat: now + HOUR, exp: now + 2 * HOUR }),
      // Same kid, another key: the key is found, the signature does not verify.
      'bad-signature': await sign({}, other.privateKey),
      'wrong-audience': await sign({ aud: 'https://another-api.test' }),
      'wrong-issuer': await sign({ iss: 'https://another-issuer.test/' }),
      'unknown-key': await sign({}, other.privateKey, 'rotated-away'),
      'alg-not-allowed': await hmac,
      malformed: 'not-a-jwt',
    },
  };
}
