// Per-host site data, the HTTPS twin, and the rule that no page ever echoes a secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_TOKEN, LAB_PASSWORD, WEAK_TOKEN } from '../../lab/auth/accounts.ts';
import { scenarios } from '../../lab/scenarios/index.ts';
import { startLab, type Lab } from '../../lab/server.ts';
import { basicAuth, get, send, type Jar } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0 });
});
afterAll(() => lab.close());

describe('store routes', () => {
  it('/store/set sets a host-only cookie and a localStorage entry by name, never echoing a value', async () => {
    const r = await get(lab.port, '/store/set?name=alpha', { host: 'a.site-one.test' });
    expect(r.status).toBe(200);
    expect(r.headers['set-cookie']).toEqual(['alpha=lab-stored; Path=/; Max-Age=86400; SameSite=Lax']);
    expect(r.body).toContain(`localStorage.setItem("alpha"`);
  });

  it('sets a domain cookie when asked, and refuses odd names', async () => {
    const r = await get(lab.port, '/store/set?name=beta&domain=site-one.test');
    expect(r.headers['set-cookie']).toEqual(['beta=lab-stored; Path=/; Max-Age=86400; Domain=site-one.test; SameSite=Lax']);
    expect((await get(lab.port, '/store/set?name=a%3Bb')).status).toBe(400);
  });

  it('/store/cookies lists the names of the cookies that arrived, and the host', async () => {
    const jar: Jar = new Map([['zeta', 'secret-value'], ['alpha', 'x']]);
    const r = await get(lab.port, '/store/cookies', { host: 'site-two.test:1234', jar });
    expect(JSON.parse(r.body)).toEqual({ host: 'site-two.test:1234', cookies: ['alpha', 'zeta'] });
    expect(r.body).not.toContain('secret-value');
  });
});

describe('https twin', () => {
  it('is up (openssl is on this machine) and serves the same routes', async () => {
    expect(lab.httpsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const r = await get(lab.httpsPort!, '/basic/', { secure: true, host: 'site-one.test' });
    expect(r.status).toBe(401);
  });

  it('sets a Partitioned (CHIPS) cookie with Secure and SameSite=None', async () => {
    const r = await get(lab.httpsPort!, '/store/set?name=chip&partitioned=1', { secure: true });
    expect(r.headers['set-cookie']).toEqual(['chip=lab-stored; Path=/; Max-Age=86400; Secure; SameSite=None; Partitioned']);
  });

  it('marks session cookies Secure over HTTPS', async () => {
    const jar: Jar = new Map();
    const r = await send(lab.httpsPort!, { method: 'POST', path: '/session-expired/login', form: { user: 'lab', password: LAB_PASSWORD } }, { secure: true, jar });
    expect(r.headers['set-cookie']![0]).toMatch(/; Secure$/);
  });

  it('can be turned off', async () => {
    const plain = await startLab({ port: 0, https: false });
    try {
      expect(plain.httpsUrl).toBeNull();
      expect(plain.httpsPort).toBeNull();
    } finally {
      await plain.close();
    }
  });
});

describe('secrets', () => {
  it('no page, signed in or not, contains the lab password', async () => {
    const auth = { authorization: basicAuth('lab', LAB_PASSWORD) };
    const pages = ['/', ...scenarios.map((s) => s.path), ...scenarios.flatMap((s) => (s.refused ? [s.refused.path] : []))];
    for (const path of pages) {
      for (const headers of [{}, auth]) {
        const r = await get(lab.port, path, { headers });
        expect(r.body, path).not.toContain(LAB_PASSWORD);
      }
    }
  });

  it('a token appears only in the script of the page that sends it, never in an answer', async () => {
    const tokens = [GOOD_TOKEN, WEAK_TOKEN];
    const jwt = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;
    for (const s of scenarios) {
      const own = s.kind === 'fetch' ? s.refused?.headers?.authorization?.replace('Bearer ', '') : undefined;
      const page = await get(lab.port, s.path);
      for (const token of tokens.filter((t) => t !== own)) expect(page.body, `${s.id} ${token}`).not.toContain(token);
      if (s.refused) {
        const refused = await send(lab.port, s.refused);
        for (const token of tokens) expect(refused.body, s.id).not.toContain(token);
        // The real libraries' answers do not echo the JWT the page sent either.
        expect(refused.body, s.id).not.toMatch(jwt);
      }
    }
  });
});

describe('lab addresses', () => {
  it('listens on 127.0.0.1 by default, with the proxy on a port of its own', () => {
    expect(lab.url).toBe(`http://127.0.0.1:${lab.port}`);
    expect(lab.proxyUrl).toBe(`http://127.0.0.1:${lab.proxyPort}`);
    expect(lab.proxyPort).not.toBe(lab.port);
  });
});
