// Exact challenge lines of the Basic, Digest, multi-challenge and challenge-less scenarios, and
// that the lab account really gets in (a re-login must be able to succeed).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { digestResponse, NONCE_TTL_MS, type DigestAlgorithm } from '../../lab/auth/digest.ts';
import { startLab, type Lab } from '../../lab/server.ts';
import { basicAuth, get, type Reply } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(() => lab.close());
beforeEach(() => lab.reset());
afterEach(() => vi.useRealTimers());

const good = { authorization: basicAuth('lab', 'lab-password') };
const wrong = { authorization: basicAuth('lab', 'not-the-password') };

describe('basic', () => {
  it('challenges with realm and charset (RFC 7617 §2.1)', async () => {
    const r = await get(lab.port, '/basic/');
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toEqual(['Basic realm="401 Lab", charset="UTF-8"']);
  });
  it('welcomes the lab account and refuses a wrong password', async () => {
    const ok = await get(lab.port, '/basic/', { headers: good });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('Welcome');
    expect(ok.body).not.toContain('lab-password');
    expect((await get(lab.port, '/basic/', { headers: wrong })).status).toBe(401);
  });
});

const DIGEST_LINE =
  /^Digest realm="401 Lab digest", qop="auth", algorithm=(SHA-256|MD5), nonce="([A-Za-z0-9_-]+)", opaque="lab-opaque-[0-9a-f]+"(, stale=true)?$/;

function challenges(r: Reply): { algorithm: DigestAlgorithm; nonce: string; stale: boolean }[] {
  return (r.headers['www-authenticate'] ?? []).map((line) => {
    const m = DIGEST_LINE.exec(line);
    if (!m) throw new Error(`not a lab Digest challenge: ${line}`);
    return { algorithm: m[1] as DigestAlgorithm, nonce: m[2]!, stale: m[3] !== undefined };
  });
}

function answer(path: string, algorithm: DigestAlgorithm, nonce: string, password = 'lab-password'): string {
  const p = { algorithm, username: 'lab', password, realm: '401 Lab digest', method: 'GET', uri: path, nonce, nc: '00000001', cnonce: 'c0ffee' };
  return `Digest username="lab", realm="401 Lab digest", nonce="${nonce}", uri="${path}", algorithm=${algorithm}, ` +
    `response="${digestResponse(p)}", opaque="lab-opaque-5ccc069c403ebaf9f0171e9517f40e41", qop=auth, nc=00000001, cnonce="c0ffee"`;
}

describe('digest (RFC 7616)', () => {
  it('sends a SHA-256 then an MD5 challenge, on two lines, not stale', async () => {
    const r = await get(lab.port, '/digest/');
    expect(r.status).toBe(401);
    const c = challenges(r);
    expect(c.map((x) => [x.algorithm, x.stale])).toEqual([['SHA-256', false], ['MD5', false]]);
    expect(c[0]!.nonce).toBe(c[1]!.nonce);
  });

  for (const algorithm of ['SHA-256', 'MD5'] as const) {
    it(`accepts a correct ${algorithm} answer and refuses a wrong password`, async () => {
      const { nonce } = challenges(await get(lab.port, '/digest/'))[0]!;
      const ok = await get(lab.port, '/digest/', { headers: { authorization: answer('/digest/', algorithm, nonce) } });
      expect(ok.status).toBe(200);
      expect(ok.body).toContain('Welcome');
      const bad = await get(lab.port, '/digest/', { headers: { authorization: answer('/digest/', algorithm, nonce, 'nope') } });
      expect(bad.status).toBe(401);
      expect(challenges(bad).every((x) => !x.stale)).toBe(true);
    });
  }

  it('refuses a forged nonce and an answer for another URI', async () => {
    const forged = Buffer.from(`${Date.now().toString(36)}:AAAA`).toString('base64url');
    expect((await get(lab.port, '/digest/', { headers: { authorization: answer('/digest/', 'MD5', forged) } })).status).toBe(401);
    const { nonce } = challenges(await get(lab.port, '/digest/'))[0]!;
    expect((await get(lab.port, '/digest/', { headers: { authorization: answer('/digest/other', 'MD5', nonce) } })).status).toBe(401);
  });

  it('says stale=true when a right answer reuses an old nonce (RFC 7616 §3.3)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { nonce } = challenges(await get(lab.port, '/digest/'))[0]!;
    vi.setSystemTime(Date.now() + NONCE_TTL_MS + 1000);
    const r = await get(lab.port, '/digest/', { headers: { authorization: answer('/digest/', 'SHA-256', nonce) } });
    expect(r.status).toBe(401);
    expect(challenges(r).map((x) => x.stale)).toEqual([true, true]);
  });

  it('forgets its nonces on reset', async () => {
    const { nonce } = challenges(await get(lab.port, '/digest/'))[0]!;
    lab.reset();
    expect((await get(lab.port, '/digest/', { headers: { authorization: answer('/digest/', 'MD5', nonce) } })).status).toBe(401);
  });
});

describe('digest-stale', () => {
  it('always carries stale=true, and still lets a fresh answer in', async () => {
    const r = await get(lab.port, '/digest-stale/');
    expect(r.status).toBe(401);
    const c = challenges(r);
    expect(c.map((x) => [x.algorithm, x.stale])).toEqual([['SHA-256', true], ['MD5', true]]);
    const ok = await get(lab.port, '/digest-stale/', { headers: { authorization: answer('/digest-stale/', 'MD5', c[1]!.nonce) } });
    expect(ok.status).toBe(200);
  });
});

describe('two challenges', () => {
  it('one line: Bearer and Basic separated by a comma', async () => {
    const r = await get(lab.port, '/two-challenges/one-line/');
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toEqual(['Bearer realm="401 Lab API", Basic realm="401 Lab", charset="UTF-8"']);
  });
  it('two lines: the same two challenges, one per line', async () => {
    const r = await get(lab.port, '/two-challenges/two-lines/');
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toEqual(['Bearer realm="401 Lab API"', 'Basic realm="401 Lab", charset="UTF-8"']);
  });
  it('both let the lab account in by Basic', async () => {
    for (const path of ['/two-challenges/one-line/', '/two-challenges/two-lines/']) {
      expect((await get(lab.port, path, { headers: good })).status).toBe(200);
    }
  });
});

describe('no-challenge', () => {
  it('answers 401 with no WWW-Authenticate at all', async () => {
    const r = await get(lab.port, '/no-challenge/');
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toBeUndefined();
  });
});

// nginx and Apache are the real servers now (lab/real/, tests/lab/real-servers.test.ts has their
// signatures). Two answers differ from the lab's former imitations, as the real servers send them:
// nginx names its version in Server (server_tokens is on by default), and Apache's Basic challenge
// has no charset parameter (mod_auth_basic never sends RFC 7617's charset).
describe('server flavoured pages', () => {
  it('nginx: "401 Authorization Required", Server: nginx/<version>, its usual realm', async () => {
    const r = await get(lab.port, '/nginx/');
    expect(r.status).toBe(401);
    expect(r.headers.server?.[0]).toMatch(/^nginx\/\d+\.\d+\.\d+$/);
    expect(r.headers['www-authenticate']).toEqual(['Basic realm="Restricted"']);
    expect(r.body).toContain('<title>401 Authorization Required</title>');
    expect((await get(lab.port, '/nginx/', { headers: good })).status).toBe(200);
  });
  it('apache: "401 Unauthorized" with an Apache Server header', async () => {
    const r = await get(lab.port, '/apache/');
    expect(r.status).toBe(401);
    expect(r.headers.server?.[0]).toMatch(/^Apache\/2\.4\.\d+ \(Debian\)/);
    expect(r.headers['www-authenticate']).toEqual(['Basic realm="Staff area"']);
    expect(r.body).toContain('<title>401 Unauthorized</title>');
    expect((await get(lab.port, '/apache/', { headers: good })).status).toBe(200);
  });
});
