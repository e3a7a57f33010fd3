// The fetch scenarios: a 200 page whose script calls a Bearer API, and that API's RFC 6750 / 9470 /
// 9728 answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/server.ts';
import { scenarios } from '../../lab/scenarios/index.ts';
import { get } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(() => lab.close());

const HOST = 'api.site-one.test:8080';

const expected: Record<string, { status: number; token: string | null; line: string }> = {
  'bearer-no-token': { status: 401, token: null, line: 'Bearer realm="401 Lab API"' },
  'bearer-invalid-token': {
    status: 401,
    token: 'lab-bad-token',
    line: 'Bearer realm="401 Lab API", error="invalid_token", error_description="The access token is not recognised"',
  },
  'bearer-expired-token': {
    status: 401,
    token: 'lab-expired-token',
    line: 'Bearer realm="401 Lab API", error="invalid_token", error_description="The access token expired"',
  },
  'bearer-insufficient-scope': {
    status: 403,
    token: 'lab-good-token',
    line: 'Bearer realm="401 Lab API", error="insufficient_scope", scope="lab:admin", error_description="This call needs the lab:admin scope"',
  },
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

describe('bearer fetch scenarios', () => {
  it('are exactly the bearer scenarios of the registry', () => {
    expect(scenarios.filter((s) => s.id.startsWith('bearer-')).map((s) => s.id).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [id, want] of Object.entries(expected)) {
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

    it(`${id}: the API ${id === 'bearer-insufficient-scope' ? 'still refuses' : 'accepts'} the good token`, async () => {
      const r = await get(lab.port, api, { host: HOST, headers: { authorization: 'Bearer lab-good-token' } });
      expect(r.status).toBe(id === 'bearer-insufficient-scope' ? 403 : 200);
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
