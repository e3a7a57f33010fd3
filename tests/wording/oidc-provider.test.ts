// panva/oidc-provider's userinfo endpoint, a real protected resource of a certified OpenID
// Provider, refusing access tokens it issued itself (one expired) and one it never issued.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProvider, type Op } from './servers/oidc-provider.ts';
import { listen, refuse, type Listening } from './wire.ts';

let server: Listening;
let op: Op;
beforeAll(async () => {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  server = await listen((req, res) => handler?.(req, res));
  op = await makeProvider(server.base);
  handler = op.provider.callback();
});
afterAll(() => server.close());

describe('oidc-provider userinfo', () => {
  it('answers a token it issued', async () => {
    const res = await fetch(`${server.base}/me`, { headers: { authorization: `Bearer ${await op.issue(600)}` } });
    expect(res.status).toBe(200);
  });

  it.each([
    ['a token it never issued', async () => 'not-a-token-it-issued'],
    ['a token of its own that expired', async () => {
      const token = await op.issue(1);
      await new Promise((r) => setTimeout(r, 2100));
      return token;
    }],
  ])('refuses %s with one wording, which the table reads as a refusal and no more', async (_what, make) => {
    const r = await refuse(`${server.base}/me`, await make());
    expect(r.status).toBe(401);
    expect(r.wwwAuthenticate).toBe(`Bearer realm="${server.base}", error="invalid_token", error_description="invalid token provided"`);
    expect(r.fromHeader).toEqual({ problem: 'invalid', source: 'oidc-provider' });
    expect(JSON.parse(r.body)).toEqual({ error: 'invalid_token', error_description: 'invalid token provided' });
    expect(r.fromBody).toEqual({ problem: 'invalid', source: 'oidc-provider' });
  });
});
