// auth0/node-jsonwebtoken as people deploy it: behind express-jwt (its UnauthorizedError on
// Express's error page) and inside a passport-http-bearer strategy (its message in the
// strategy's WWW-Authenticate error_description).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsEvidenceId } from '../../src/core/diagnosis/evidence-ids.ts';
import type { TokenProblem } from '../../src/core/diagnosis/server-words.ts';
import { expressJwtApp } from './servers/express-jwt.ts';
import { passportApp } from './servers/passport-bearer.ts';
import { makeKeys, type Case, type Keys } from './tokens.ts';
import { diagnoseRefusal, listen, refuse, type Listening } from './wire.ts';

type Row = [message: string, problem: TokenProblem] | 'accepted';

// jsonwebtoken@9's message per case.
const WIRE: Record<Case, Row> = {
  expired: ['jwt expired', 'expired'],
  'not-yet-valid': ['jwt not active', 'not-yet-valid'],
  // jsonwebtoken reads iat only for maxAge: a token from the future passes.
  'issued-in-future': 'accepted',
  'bad-signature': ['invalid signature', 'bad-signature'],
  'wrong-audience': ['jwt audience invalid. expected: https://api.test', 'wrong-audience'],
  'wrong-issuer': ['jwt issuer invalid. expected: https://issuer.test/', 'wrong-issuer'],
  // The kid is not in the JWKS, so the look-up gives no key, and jsonwebtoken says so.
  'unknown-key': ['secret or public key must be provided', 'unknown-key'],
  'alg-not-allowed': ['invalid algorithm', 'alg-not-allowed'],
  malformed: ['jwt malformed', 'malformed'],
};
const CASES = Object.entries(WIRE) as [Case, Row][];

let keys: Keys;
let viaExpressJwt: Listening;
let viaPassport: Listening;
beforeAll(async () => {
  keys = await makeKeys();
  viaExpressJwt = await listen(expressJwtApp(keys));
  viaPassport = await listen(passportApp(keys));
});
afterAll(() => Promise.all([viaExpressJwt.close(), viaPassport.close()]));

describe('jsonwebtoken behind express-jwt (error page)', () => {
  it('accepts the good token', async () => {
    expect((await fetch(`${viaExpressJwt.base}/api`, { headers: { authorization: `Bearer ${keys.good}` } })).status).toBe(200);
  });

  it.each(CASES)('%s', async (c, expected) => {
    const r = await refuse(`${viaExpressJwt.base}/api`, keys.tokens[c]);
    if (expected === 'accepted') return void expect(r.status).toBe(200);
    const [message, problem] = expected;
    expect(r.status).toBe(401);
    expect(r.wwwAuthenticate).toBeNull(); // express-jwt writes no challenge
    expect(r.body).toContain(`UnauthorizedError: ${message}`);
    expect(r.fromBody).toEqual({ problem, source: 'jsonwebtoken' });
  });
});

describe('jsonwebtoken inside passport-http-bearer (WWW-Authenticate)', () => {
  it('accepts the good token', async () => {
    expect((await fetch(`${viaPassport.base}/api`, { headers: { authorization: `Bearer ${keys.good}` } })).status).toBe(200);
  });

  it.each(CASES)('%s', async (c, expected) => {
    const r = await refuse(`${viaPassport.base}/api`, keys.tokens[c]);
    if (expected === 'accepted') return void expect(r.status).toBe(200);
    const [message, problem] = expected;
    expect(r.status).toBe(401);
    expect(r.wwwAuthenticate).toBe(`Bearer realm="Users", error="invalid_token", error_description="${message}"`);
    expect(r.description).toBe(message);
    expect(r.fromHeader).toEqual({ problem, source: 'jsonwebtoken' });
    expect(r.body).toBe('Unauthorized'); // passport's body says nothing more
    // The diagnosis shows what the server's words said, under the cause they support.
    const said = diagnoseRefusal(`${viaPassport.base}/api`, r).causes.flatMap((k) => k.evidence).find((e) => e.message.id === wordsEvidenceId(problem));
    expect(said?.message.subs).toEqual(['jsonwebtoken']);
  });
});
