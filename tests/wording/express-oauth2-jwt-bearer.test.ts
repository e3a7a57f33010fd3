// Auth0's express-oauth2-jwt-bearer, the library of the lesson: its WWW-Authenticate puts jose's
// message into error_description with every " replaced by ' (dist/index.js:63, 1038), and
// Express's error page shows the original. Both must classify the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldQuotes, type TokenProblem } from '../../src/core/diagnosis/server-words.ts';
import { auth0App, type Auth0Options } from './servers/auth0.ts';
import { makeKeys, type Case, type Keys } from './tokens.ts';
import { diagnoseRefusal, listen, refuse, type Listening } from './wire.ts';

type Row = [description: string, problem: TokenProblem | null] | 'accepted';

// error_description as our challenge parser returns it, per case, for the README set-up (JWKS).
const JWKS: Record<Case, Row> = {
  expired: ["'exp' claim timestamp check failed", 'expired'],
  'not-yet-valid': ["'nbf' claim timestamp check failed", 'not-yet-valid'],
  // Without maxTokenAge the library takes any numeric iat: a token from the future passes.
  'issued-in-future': 'accepted',
  'bad-signature': ['signature verification failed', 'bad-signature'],
  'wrong-audience': ["Unexpected 'aud' value", 'wrong-audience'],
  'wrong-issuer': ["Unexpected 'iss' value", 'wrong-issuer'],
  'unknown-key': ['no applicable key found in the JSON Web Key Set', 'unknown-key'],
  'alg-not-allowed': ["Unsupported 'alg' value for a JSON Web Key Set", 'alg-not-allowed'],
  malformed: ['Invalid Compact JWS', 'malformed'],
};

let keys: Keys;
const servers: Listening[] = [];
beforeAll(async () => {
  keys = await makeKeys();
});
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function start(options: Auth0Options = {}): Promise<string> {
  let base = '';
  const s = await listen(auth0App(keys, () => base, options));
  base = s.base;
  servers.push(s);
  return `${s.base}/api`;
}

describe('express-oauth2-jwt-bearer (WWW-Authenticate and error page)', () => {
  it('accepts the good token', async () => {
    const url = await start();
    expect((await fetch(url, { headers: { authorization: `Bearer ${keys.good}` } })).status).toBe(200);
  });

  it.each(Object.entries(JWKS) as [Case, Row][])('%s', async (c, expected) => {
    const r = await refuse(await start(), keys.tokens[c]);
    if (expected === 'accepted') {
      expect(r.status).toBe(200);
      return;
    }
    const [description, problem] = expected;
    expect(r.status).toBe(401);
    expect(r.wwwAuthenticate).toMatch(/^Bearer realm="api", error="invalid_token", error_description=/);
    expect(r.description).toBe(description);
    expect(r.fromHeader?.problem ?? null).toBe(problem);
    // The error page (Express, not production) prints the stack: "InvalidTokenError: <the message>",
    // with the message's own quotes, which the header had replaced.
    expect(foldQuotes(r.body)).toContain(foldQuotes(`InvalidTokenError: ${description}`));
    expect(r.fromBody?.problem ?? null).toBe(problem);
  });

  it('the lesson: the expired token of the issue is read as expired, in the header, as jose', async () => {
    const r = await refuse(await start(), keys.tokens.expired);
    expect(r.wwwAuthenticate).toContain(`error_description="'exp' claim timestamp check failed"`);
    expect(r.fromHeader).toEqual({ problem: 'expired', source: 'jose' });
    expect(r.body).toContain('InvalidTokenError: "exp" claim timestamp check failed');
    expect(r.fromBody).toEqual({ problem: 'expired', source: 'jose' });
    // And the diagnosis as a whole, which said credentials-rejected before: the session ran out.
    const url = await start();
    const d = diagnoseRefusal(url, await refuse(url, keys.tokens.expired));
    expect(d.causes[0]?.id).toBe('session-expired');
    expect(d.causes[0]?.evidence.find((e) => e.message.id === 'ev_words_expired')?.message.subs).toEqual(['jose']);
  });

  it("with maxTokenAge it refuses a token from the future, in words that do not say which way iat is off", async () => {
    const r = await refuse(await start({ maxTokenAge: 3600 }), keys.tokens['issued-in-future']);
    expect(r.status).toBe(401);
    expect(r.description).toBe("Unexpected 'iat' value");
    // Too old or from the future: the same words (dist/index.js:269-277), so no time problem is claimed.
    expect(r.fromHeader).toBeNull();
  });

  it('with a PEM key it checks alg itself and says so', async () => {
    const pem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const r = await refuse(await start({ publicKeyPem: pem }), keys.tokens['alg-not-allowed']);
    expect(r.description).toMatch(/^Unsupported algorithm 'HS256' for JWKS-based verification\. Supported: RS256/);
    expect(r.fromHeader).toEqual({ problem: 'alg-not-allowed', source: 'express-oauth2-jwt-bearer' });
  });
});
