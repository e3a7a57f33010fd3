// The cookie-session sites: sign in, lose the session (expiry, or the server forgetting it), and
// what every path answers while the old cookie is still there.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/server.ts';
import { send, get, type Jar, type Reply } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(() => lab.close());
beforeEach(() => lab.reset());

const account = { user: 'lab', password: 'lab-password' };
const opts = (jar: Jar) => ({ jar, host: 'shop.site-two.test' });

async function login(base: string, jar: Jar, form = account): Promise<Reply> {
  return send(lab.port, { method: 'POST', path: `${base}/login`, form }, opts(jar));
}

const challenge = (base: string, cookie: string) =>
  `Cookie realm="401 Lab session", form-action="${base}/login", cookie-name="${cookie}"`;

describe('session-forgotten (the trap)', () => {
  const base = '/session-forgotten';

  it('sends a visitor without a cookie to the login form', async () => {
    const r = await get(lab.port, `${base}/`, opts(new Map()));
    expect(r.status).toBe(303);
    expect(r.headers.location).toEqual([`${base}/login`]);
    expect((await get(lab.port, `${base}/login`, opts(new Map()))).status).toBe(200);
  });

  it('signs in with the lab account: an HttpOnly session cookie, and the pages behind it open', async () => {
    const jar: Jar = new Map();
    const r = await login(base, jar);
    expect(r.status).toBe(303);
    expect(r.headers.location).toEqual([`${base}/`]);
    expect(r.headers['set-cookie']).toHaveLength(1);
    expect(r.headers['set-cookie']![0]).toMatch(/^lab_sid=[0-9a-f]{32}; Path=\/; HttpOnly; SameSite=Lax$/);
    const page = await get(lab.port, `${base}/`, opts(jar));
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(jar.get('lab_sid')!);
  });

  it('refuses a wrong password with 401 and a Cookie challenge, setting no cookie', async () => {
    const jar: Jar = new Map();
    const r = await login(base, jar, { user: 'lab', password: 'guess' });
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toEqual([challenge(base, 'lab_sid')]);
    expect(r.headers['set-cookie']).toBeUndefined();
    expect(r.body).not.toContain('guess');
  });

  it('once sessions are forgotten, every path answers 401 until the cookie is cleared, then login works', async () => {
    const jar: Jar = new Map();
    await login(base, jar);
    expect((await get(lab.port, `/__lab/forget-sessions`)).status).toBe(200);
    for (const path of [`${base}/`, `${base}/account`, `${base}/login`, `${base}/logout`]) {
      const r = await get(lab.port, path, opts(jar));
      expect(r.status, path).toBe(401);
      expect(r.headers['www-authenticate'], path).toEqual([challenge(base, 'lab_sid')]);
      expect(r.headers['set-cookie'], path).toBeUndefined();
    }
    expect((await login(base, jar)).status).toBe(401);
    // What the extension's "clear this site's data" does:
    jar.clear();
    expect((await login(base, jar)).status).toBe(303);
    expect((await get(lab.port, `${base}/`, opts(jar))).status).toBe(200);
  });

  it('falls into the same trap when the session expires', async () => {
    const jar: Jar = new Map();
    await login(base, jar);
    await send(lab.port, { method: 'POST', path: '/__lab/expire-sessions' });
    expect((await get(lab.port, `${base}/login`, opts(jar))).status).toBe(401);
  });
});

describe('session-expired (the forgiving site)', () => {
  const base = '/session-expired';

  it('after expiry: 401 "expired" on its pages, while the login page and a new login work', async () => {
    const jar: Jar = new Map();
    expect((await login(base, jar)).headers['set-cookie']![0]).toMatch(/^lab_session=[0-9a-f]{32};/);
    expect((await get(lab.port, `${base}/`, opts(jar))).status).toBe(200);
    await send(lab.port, { method: 'POST', path: '/__lab/expire-sessions' });
    const r = await get(lab.port, `${base}/`, opts(jar));
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toEqual([challenge(base, 'lab_session')]);
    expect(r.body).toContain('Your session expired');
    expect((await get(lab.port, `${base}/login`, opts(jar))).status).toBe(200);
    expect((await login(base, jar)).status).toBe(303);
    expect((await get(lab.port, `${base}/`, opts(jar))).status).toBe(200);
  });

  it('logout clears the cookie', async () => {
    const jar: Jar = new Map();
    await login(base, jar);
    const r = await get(lab.port, `${base}/logout`, opts(jar));
    expect(r.status).toBe(303);
    expect(r.headers['set-cookie']![0]).toMatch(/^lab_session=; Path=\/; Max-Age=0/);
    expect(jar.has('lab_session')).toBe(false);
  });
});

describe('session lifetime', () => {
  let short: Lab;
  beforeAll(async () => {
    short = await startLab({ port: 0, https: false, sessionTtlMs: 400 });
  });
  afterAll(() => short.close());
  afterEach(() => short.reset());

  it('a session runs out by itself after sessionTtlMs', async () => {
    const jar: Jar = new Map();
    const o = { jar, host: 'site-one.test' };
    await send(short.port, { method: 'POST', path: '/session-expired/login', form: account }, o);
    expect((await get(short.port, '/session-expired/', o)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 450));
    expect((await get(short.port, '/session-expired/', o)).status).toBe(401);
  });

  it('POST /__lab/reset forgets sessions; GET is refused', async () => {
    const jar: Jar = new Map();
    const o = { jar, host: 'site-one.test' };
    await send(short.port, { method: 'POST', path: '/session-forgotten/login', form: account }, o);
    expect((await get(short.port, '/__lab/reset')).status).toBe(405);
    expect(JSON.parse((await get(short.port, '/__lab/stats')).body).sessions).toBe(1);
    expect((await send(short.port, { method: 'POST', path: '/__lab/reset' })).status).toBe(200);
    expect(JSON.parse((await get(short.port, '/__lab/stats')).body).sessions).toBe(0);
  });
});
