// The fetch scenarios: a 200 page whose script calls a Bearer API, and that API's RFC 6750 / 9470 /
// 9728 answers (RFC 6750's from the real express-oauth2-jwt-bearer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../lab/auth/jwt.ts';
import { startLab, type Lab } from '../../lab/server.ts';
import { scenarios } from '../../lab/scenarios/index.ts';
import { get } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(() => lab.close());

const HOST = 'api.site-one.test:8080';

// Auth0's express-oauth2-jwt-bearer, as it answers (lab/real/node-apps.mjs): every 401 also offers
// DPoP in a second challenge of the same line.
const DPOP = 'DPoP algs="RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES256K ES384 ES512 EdDSA"';
const real: Record<string, { status: number; sends: boolean; line: string }> = {
  'bearer-no-token': { status: 401, sends: false, line: `Bearer realm="api", ${DPOP}` },
  'bearer-invalid-token': { status: 401, sends: true, line: `Bearer realm="api", error="invalid_token", error_description="signature verification failed", ${DPOP}` },
  'bearer-expired-token': { status: 401, sends: true, line: `Bearer realm="api", error="invalid_token", error_description="'exp' claim timestamp check failed", ${DPOP}` },
  'bearer-insufficient-scope': { status: 403, sends: true, line: 'Bearer realm="api", error="insufficient_scope", error_description="Insufficient Scope", scope="lab:admin"' },
};

// RFC demonstrations no library in the lab implements: hand-written (lab/sites/bearer-api.ts).
const written: Record<string, { status: number; token: string | null; line: string }> = {
  'bearer-step-up': {
    status: 401,
    token: 'lab-single-factor-token',
    line: 'Bearer realm="401 Lab API", error="insufficient_user_authentication", error_description="A stronger and more recent sign-in is required", acr_values="urn:lab:acr:mfa", max_age="300"',
  },
  'bearer-resource-metadata': {
    status: 401,
    token: null,
    line: `Bearer realm="401 Lab API", resource_metadata="http://${HOST}/.well-known/oauth-protected-resource/bearer/resource-metadata/api"`,
  },
};

const JWT = /^Bearer eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/;

describe('bearer fetch scenarios', () => {
  it('are exactly the bearer scenarios of the registry, the RFC 6750 ones on the real library', () => {
    expect(scenarios.filter((s) => s.id.startsWith('bearer-')).map((s) => s.id).sort()).toEqual([...Object.keys(real), ...Object.keys(written)].sort());
    for (const id of Object.keys(real)) expect(scenarios.find((s) => s.id === id)!.realServer, id).toMatch(/^Express \+ express-oauth2-jwt-bearer/);
  });

  for (const [id, want] of Object.entries(real)) {
    const scenario = scenarios.find((s) => s.id === id)!;
    const api = scenario.refused!.path;
    const sent = scenario.refused!.headers?.authorization;

    it(`${id}: the page is a 200 whose script calls the API${want.sends ? ' with a freshly minted JWT' : ' without a token'}`, async () => {
      expect(scenario.kind).toBe('fetch');
      const page = await get(lab.port, scenario.path, { host: HOST });
      expect(page.status).toBe(200);
      expect(page.body).toContain(`fetch(${JSON.stringify(api)}`);
      if (want.sends) {
        expect(sent).toMatch(JWT);
        expect(page.body).toMatch(/"Bearer eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+"/);
      } else {
        expect(sent).toBeUndefined();
        expect(page.body).not.toContain('Authorization');
      }
    });

    it(`${id}: express-oauth2-jwt-bearer answers ${want.status} with its own challenge line`, async () => {
      const r = await get(lab.port, api, { host: HOST, headers: sent ? { authorization: sent } : {} });
      expect(r.status).toBe(want.status);
      expect(r.headers['www-authenticate']).toEqual([want.line]);
      // Express's final handler in production: the status text as a small HTML page, no stack.
      expect(r.headers['content-type']).toEqual(['text/html; charset=utf-8']);
      if (sent) expect(r.body).not.toContain(sent.slice(7));
    });

    it(`${id}: the API ${id === 'bearer-insufficient-scope' ? 'still refuses' : 'accepts'} a good token of the lab's issuer`, async () => {
      const r = await get(lab.port, api, { host: HOST, headers: { authorization: `Bearer ${mintToken()}` } });
      expect(r.status).toBe(id === 'bearer-insufficient-scope' ? 403 : 200);
    });
  }

  for (const [id, want] of Object.entries(written)) {
    const scenario = scenarios.find((s) => s.id === id)!;
    const api = scenario.refused!.path;

    it(`${id}: the page is a 200 whose script calls the API${want.token ? ' with its token' : ' without a token'}`, async () => {
      expect(scenario.kind).toBe('fetch');
      const page = await get(lab.port, scenario.path, { host: HOST });
      expect(page.status).toBe(200);
      expect(page.body).toContain(`fetch(${JSON.stringify(api)}`);
      if (want.token) expect(page.body).toContain(JSON.stringify(want.token));
      else expect(page.body).not.toContain('Authorization');
      expect(scenario.refused!.headers?.authorization).toBe(want.token ? `Bearer ${want.token}` : undefined);
    });

    it(`${id}: the API answers ${want.status} with the exact challenge`, async () => {
      const headers: Record<string, string> = want.token ? { authorization: `Bearer ${want.token}` } : {};
      const r = await get(lab.port, api, { host: HOST, headers });
      expect(r.status).toBe(want.status);
      expect(r.headers['www-authenticate']).toEqual([want.line]);
      expect(r.headers['content-type']).toEqual(['application/json']);
      expect(r.body).not.toContain(want.token ?? 'lab-');
    });

    it(`${id}: the API accepts the good token`, async () => {
      const r = await get(lab.port, api, { host: HOST, headers: { authorization: 'Bearer lab-good-token' } });
      expect(r.status).toBe(200);
    });
  }

  it('serves the RFC 9728 metadata document the challenge points to, for the host asked', async () => {
    const r = await get(lab.port, '/.well-known/oauth-protected-resource/bearer/resource-metadata/api', { host: HOST });
    expect(r.status).toBe(200);
    const doc = JSON.parse(r.body) as Record<string, unknown>;
    expect(doc.resource).toBe(`http://${HOST}/bearer/resource-metadata/api`);
    expect(doc.bearer_methods_supported).toEqual(['header']);
    expect(Array.isArray(doc.authorization_servers)).toBe(true);
  });
});

describe('burst', () => {
  it('its page fires 20 calls, each answered 401 with Retry-After: 30', async () => {
    const page = await get(lab.port, '/burst/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('length: 20');
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => get(lab.port, `/burst/api/${i + 1}`)));
    for (const r of replies) {
      expect(r.status).toBe(401);
      expect(r.headers['retry-after']).toEqual(['30']);
      expect(r.headers['www-authenticate']).toEqual(['Bearer realm="401 Lab API"']);
    }
  });
});
