// panva/jose behind a minimal Express API that answers 401 with jose's message in a JSON body.
// The exact messages are asserted too: if jose rewords one, this fails and the table is revisited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenProblem } from '../../src/core/diagnosis/server-words.ts';
import { joseApp } from './servers/jose.ts';
import { makeKeys, type Case, type Keys } from './tokens.ts';
import { listen, refuse, type Listening } from './wire.ts';

// What jose@6 says for each case (message, as JSON.parse reads it back), and what it means.
const WIRE: Record<Case, [string, TokenProblem]> = {
  expired: ['"exp" claim timestamp check failed', 'expired'],
  'not-yet-valid': ['"nbf" claim timestamp check failed', 'not-yet-valid'],
  'issued-in-future': ['"iat" claim timestamp check failed (it should be in the past)', 'issued-in-future'],
  'bad-signature': ['signature verification failed', 'bad-signature'],
  'wrong-audience': ['unexpected "aud" claim value', 'wrong-audience'],
  'wrong-issuer': ['unexpected "iss" claim value', 'wrong-issuer'],
  'unknown-key': ['no applicable key found in the JSON Web Key Set', 'unknown-key'],
  'alg-not-allowed': ['"alg" (Algorithm) Header Parameter value not allowed', 'alg-not-allowed'],
  malformed: ['Invalid Compact JWS', 'malformed'],
};

let keys: Keys;
let server: Listening;
beforeAll(async () => {
  keys = await makeKeys();
  let base = '';
  server = await listen(joseApp(keys, () => base));
  base = server.base;
});
afterAll(() => server.close());

describe('jose (JSON body)', () => {
  it('accepts the good token, so every refusal below is about the one thing changed', async () => {
    const res = await fetch(`${server.base}/api`, { headers: { authorization: `Bearer ${keys.good}` } });
    expect(res.status).toBe(200);
  });

  it.each(Object.entries(WIRE) as [Case, [string, TokenProblem]][])('%s: the raw JSON body is classified', async (c, [message, problem]) => {
    const r = await refuse(`${server.base}/api`, keys.tokens[c]);
    expect(r.status).toBe(401);
    expect((JSON.parse(r.body) as { message: string }).message).toBe(message);
    // The body as a page or a DevTools preview shows it: JSON, with jose's quotes escaped as \".
    expect(r.fromBody?.problem).toBe(problem);
    expect(r.fromBody?.source).toMatch(/^jose\b/); // "jose", or "jose / PyJWT / njwt" for their shared wording
  });
});
