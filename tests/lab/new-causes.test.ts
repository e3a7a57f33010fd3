// The scenarios of the causes people hit outside the textbook (shared/design/causes.md, second
// table): what each real server answers, the way the browser will meet it. Whether the diagnosis
// names the cause is the e2e and CLI suites' part; this is the HTTP half.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jwt from 'jsonwebtoken';
import { LAB_AUDIENCE, mintToken } from '../../lab/auth/jwt.ts';
import { CLOCK_SKEW_S } from '../../lab/real/node-apps.ts';
import { scenarioById } from '../../lab/scenarios/index.ts';
import { PEER_SESSION_COOKIE } from '../../lab/scenarios/cookie-not-sent.ts';
import { startLab, type Lab } from '../../lab/server.ts';
import { basicAuth, get, send, type Jar } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(() => lab.close());

const host = 'site-one.test';
const peer = 'peer-site-one.test';
const bearer = (token = mintToken()) => ({ authorization: `Bearer ${token}` });

describe('cors-preflight', () => {
  const s = scenarioById('cors-preflight');
  const preflight = { origin: `http://${host}`, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' };

  it('its page on one site calls the API of another with a Bearer token', async () => {
    const page = await get(lab.port, s.path, { host });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`fetch("http://${peer}/cors-preflight/api", { headers: { Authorization: "Bearer ey`);
  });

  it('the API refuses the OPTIONS preflight with 401 and no Access-Control-Allow-Origin', async () => {
    const r = await send(lab.port, { method: 'OPTIONS', path: '/cors-preflight/api', headers: preflight }, { host: peer });
    expect(r.status).toBe(401);
    expect(r.headers['x-powered-by']).toEqual(['Express']);
    expect(r.headers['www-authenticate']?.[0]).toMatch(/^Bearer realm="api"(, DPoP algs="[^"]+")?$/);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(r.headers['access-control-allow-headers']).toBeUndefined();
    expect(s.refused).toMatchObject({ method: 'OPTIONS', status: 401 });
  });

  it('the call itself would pass, with CORS: only the preflight is refused', async () => {
    const r = await get(lab.port, '/cors-preflight/api', { host: peer, headers: { ...bearer(), origin: `http://${host}` } });
    expect(r.status).toBe(200);
    expect(r.headers['access-control-allow-origin']).toEqual([`http://${host}`]);
  });
});

describe('cookie-not-sent', () => {
  it('signs in on the peer site with a SameSite=Lax cookie, and comes back to the page that calls it', async () => {
    const start = await get(lab.port, '/cookie-not-sent/', { host });
    expect(start.status).toBe(302);
    expect(start.headers.location).toEqual([`http://${peer}/cookie-not-sent/sign-in`]);
    const jar: Jar = new Map();
    const signIn = await get(lab.port, '/cookie-not-sent/sign-in', { host: peer, jar });
    expect(signIn.status).toBe(302);
    expect(signIn.headers.location).toEqual([`http://${host}/cookie-not-sent/app`]);
    expect(signIn.headers['set-cookie']?.[0]).toMatch(new RegExp(`^${PEER_SESSION_COOKIE}=[0-9a-f]{32}; Path=/; HttpOnly; SameSite=Lax$`));
    const app = await get(lab.port, '/cookie-not-sent/app', { host });
    expect(app.body).toContain(`fetch("http://${peer}/cookie-not-sent/api", { credentials: 'include' })`);

    // With the cookie (a same-site request would carry it) the API answers; without it, 401.
    const withCookie = await get(lab.port, '/cookie-not-sent/api', { host: peer, jar, headers: { origin: `http://${host}` } });
    expect(withCookie.status).toBe(200);
    expect(withCookie.headers['access-control-allow-credentials']).toEqual(['true']);
    const without = await get(lab.port, '/cookie-not-sent/api', { host: peer, headers: { origin: `http://${host}` } });
    expect(without.status).toBe(401);
    expect(without.headers['www-authenticate']?.[0]).toContain(`cookie-name="${PEER_SESSION_COOKIE}"`);
    expect(without.headers['access-control-allow-origin']).toEqual([`http://${host}`]);
  });
});

describe('auth-dropped-on-redirect', () => {
  it('nginx answers the token-carrying call with 307 to the same path family on another origin', async () => {
    const r = await get(lab.port, '/auth-dropped-on-redirect/api', { host, headers: bearer() });
    expect(r.status).toBe(307);
    expect(r.headers.server?.[0]).toMatch(/^nginx\//);
    expect(r.headers.location).toEqual([`http://${peer}/auth-dropped-on-redirect/v2/api`]);
  });

  it('the new origin refuses the call that arrives without Authorization, and takes it with one', async () => {
    const without = await get(lab.port, '/auth-dropped-on-redirect/v2/api', { host: peer, headers: { origin: 'null' } });
    expect(without.status).toBe(401);
    expect(without.headers['x-powered-by']).toEqual(['Express']);
    expect(without.headers['www-authenticate']?.[0]).toMatch(/^Bearer realm="api"/);
    expect(without.headers['access-control-allow-origin']).toEqual(['null']);
    expect((await get(lab.port, '/auth-dropped-on-redirect/v2/api', { host: peer, headers: bearer() })).status).toBe(200);
  });
});

describe('clock-skew', () => {
  it('the API\'s Date runs ten minutes ahead while the lab\'s own does not', async () => {
    const before = Date.now();
    const r = await get(lab.port, '/clock-skew/api', { host, headers: bearer() });
    const skew = (Date.parse(r.headers.date![0]!) - before) / 1000;
    expect(skew).toBeGreaterThan(CLOCK_SKEW_S - 30);
    expect(skew).toBeLessThan(CLOCK_SKEW_S + 30);
    const page = await get(lab.port, '/clock-skew/', { host });
    expect(Math.abs(Date.parse(page.headers.date![0]!) - Date.now())).toBeLessThan(30_000);
    expect(r.headers.age).toBeUndefined();
  });

  it('refuses a token still valid here as expired, in express-oauth2-jwt-bearer\'s words', async () => {
    const s = scenarioById('clock-skew');
    const token = s.refused!.headers!.authorization!.slice('Bearer '.length);
    const claims = jwt.decode(token) as { exp: number; iat: number; aud: string };
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(claims.aud).toBe(LAB_AUDIENCE);
    const r = await send(lab.port, s.refused!, { host });
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']?.[0]).toMatch(/^Bearer realm="api", error="invalid_token", error_description="'exp' claim timestamp check failed"/);
    // The page mints its own token when served: fresh, and refused the same way.
    const page = await get(lab.port, s.path, { host });
    const fresh = /"Bearer (ey[^"]+)"/.exec(page.body)![1]!;
    expect((jwt.decode(fresh) as { iat: number }).iat * 1000).toBeGreaterThan(Date.now() - 60_000);
    expect((await get(lab.port, '/clock-skew/api', { host, headers: bearer(fresh) })).status).toBe(401);
  });
});

describe('token-misconfigured', () => {
  it('a fresh token of the lab\'s issuer and audience is refused for its audience', async () => {
    const r = await get(lab.port, '/token-misconfigured/api', { host, headers: bearer() });
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']?.[0]).toContain(`error_description="Unexpected 'aud' value"`);
    // The same token opens an API set up right: nothing is wrong with the token or the session.
    expect((await get(lab.port, '/auth-dropped-on-redirect/v2/api', { host, headers: bearer() })).status).toBe(200);
  });
});

describe('scheme-mismatch', () => {
  it('nginx\'s Basic auth refuses the Bearer call with its own page and a Basic challenge', async () => {
    const r = await get(lab.port, '/scheme-mismatch/api', { host, headers: bearer() });
    expect(r.status).toBe(401);
    expect(r.headers.server?.[0]).toMatch(/^nginx\//);
    expect(r.headers['www-authenticate']).toEqual(['Basic realm="Staging"']);
    expect(r.body).toContain('401 Authorization Required');
  });

  it('with Basic, nginx lets it through, and the app behind refuses the Basic header: one header cannot carry both', async () => {
    const r = await get(lab.port, '/scheme-mismatch/api', { host, headers: { authorization: basicAuth('lab', 'lab-password') } });
    // express-oauth2-jwt-bearer takes an Authorization of another scheme for a malformed request:
    // 400 with a bare Bearer challenge (no error code).
    expect(r.status).toBe(400);
    expect(r.headers['x-powered-by']).toEqual(['Express']);
    expect(r.headers['www-authenticate']?.[0]).toMatch(/^Bearer realm="api"(, DPoP algs="[^"]+")?$/);
  });
});

describe('placeholder-token', () => {
  it('the page builds "Bearer " + a token it has not stored yet; the API refuses "Bearer undefined"', async () => {
    const page = await get(lab.port, '/placeholder-token/', { host });
    expect(page.body).toContain("Authorization: 'Bearer ' + token");
    const r = await send(lab.port, scenarioById('placeholder-token').refused!, { host });
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toBeUndefined();
  });
});

describe('sso-not-attempted', () => {
  it('offers Negotiate and nothing else', async () => {
    const r = await get(lab.port, '/sso-not-attempted/', { host });
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toEqual(['Negotiate']);
  });
});

describe('service-worker', () => {
  it('the page registers a worker that passes the protected files through, and asks for the report', async () => {
    const page = await get(lab.port, '/service-worker/', { host });
    expect(page.status).toBe(200);
    expect(page.body).toContain('navigator.serviceWorker.register("/service-worker/sw.js", { scope: "/service-worker/" })');
    expect(page.body).toContain('fetch("/service-worker/private/report.json")');
    const worker = await get(lab.port, '/service-worker/sw.js', { host });
    expect(worker.headers['content-type']).toEqual(['text/javascript; charset=utf-8']);
    expect(worker.body).toContain("event.respondWith(fetch(url.href, { credentials: 'omit', cache: 'no-store' }))");
    expect(scenarioById('service-worker').secureContext).toBe(true);
  });

  it('the report is caddy\'s, behind basicauth', async () => {
    const r = await get(lab.port, '/service-worker/private/report.json', { host });
    expect(r.status).toBe(401);
    expect(r.headers.server).toEqual(['Caddy']);
    expect(r.headers['www-authenticate']).toEqual(['Basic realm="restricted"']);
  });
});
