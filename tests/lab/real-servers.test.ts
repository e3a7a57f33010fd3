// The scenarios on real software answer with that software's own signature (its Server header,
// its page, its exact challenge), so a hand-written imitation could not pass these tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestResponse } from '../../lab/auth/digest.ts';
import { mintToken } from '../../lab/auth/jwt.ts';
import { CADDY_REPORT } from '../../lab/real/caddy.ts';
import { scenarios } from '../../lab/scenarios/index.ts';
import { startLab, type Lab } from '../../lab/server.ts';
import { recognizeServer } from '../../src/core/servers/recognize.ts';
import { basicAuth, get } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(() => lab.close());

const host = 'site-one.test';
const good = { authorization: basicAuth('lab', 'lab-password') };
const wrong = { authorization: basicAuth('lab', 'not-the-password') };

describe('the lab starts its real servers', () => {
  it('on 127.0.0.1 ports of their own, each answering, and reports how long it took', () => {
    const ports = Object.values(lab.backends);
    expect(new Set([lab.port, ...ports]).size).toBe(ports.length + 1);
    expect(lab.startMs).toBeGreaterThan(0);
    expect(Object.keys(lab.startMsByServer).sort()).toEqual(['apache2', 'caddy', 'express (plain)', 'express (skewed)', 'nginx', 'squid']);
  });

  it('names the real software of every scenario that runs on one', () => {
    const real = scenarios.filter((s) => s.realServer !== null).map((s) => s.id).sort();
    expect(real).toEqual([
      'apache', 'apache-digest', 'auth-dropped-on-redirect', 'bearer-expired-token', 'bearer-insufficient-scope',
      'bearer-invalid-token', 'bearer-no-token', 'clock-skew', 'cors-preflight', 'nginx',
      'placeholder-token', 'proxy-407', 'scheme-mismatch', 'service-worker', 'sso-not-attempted', 'token-misconfigured',
    ]);
  });
});

describe('nginx', () => {
  it('auth_basic: its own "401 Authorization Required" page, Server nginx/<version>, its realm', async () => {
    const r = await get(lab.port, '/nginx/', { host });
    expect(r.status).toBe(401);
    expect(r.headers.server?.[0]).toMatch(/^nginx\/1\.\d+\.\d+$/);
    expect(r.headers['www-authenticate']).toEqual(['Basic realm="Restricted"']);
    expect(r.headers['content-type']).toEqual(['text/html']);
    expect(r.body).toMatch(/<center><h1>401 Authorization Required<\/h1><\/center>\r?\n<hr><center>nginx\/1\.\d+\.\d+<\/center>/);
  });
  it('lets the lab account in and refuses a wrong password', async () => {
    const ok = await get(lab.port, '/nginx/', { host, headers: good });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('Welcome');
    expect((await get(lab.port, '/nginx/', { host, headers: wrong })).status).toBe(401);
  });
});

describe('Apache httpd', () => {
  it('mod_auth_basic: Apache\'s "Unauthorized" page naming the host asked, and its challenge', async () => {
    const r = await get(lab.port, '/apache/', { host });
    expect(r.status).toBe(401);
    expect(r.headers.server?.[0]).toMatch(/^Apache\/2\.4\.\d+ \(Debian\)$/);
    expect(r.headers['www-authenticate']).toEqual(['Basic realm="Staff area"']);
    expect(r.headers['content-type']).toEqual(['text/html; charset=iso-8859-1']);
    expect(r.body).toContain('<h1>Unauthorized</h1>\n<p>This server could not verify that you\nare authorized to access the document\nrequested.');
    expect(r.body).toMatch(/<address>Apache\/2\.4\.\d+ \(Debian\) Server at site-one\.test Port 80<\/address>/);
    expect((await get(lab.port, '/apache/', { host, headers: good })).status).toBe(200);
    expect((await get(lab.port, '/apache/', { host, headers: wrong })).status).toBe(401);
    // The page names Apache without its Server header and without the <address> line that
    // ServerSignature Off (or ServerTokens Prod with a custom header) takes away: the CLI reads the raw source.
    const bare = r.body.replace(/<address>[^<]*<\/address>/, '');
    expect(recognizeServer({ server: null, title: '401 Unauthorized', text: bare }).products.map((p) => [p.key, p.via])).toEqual([['apache', 'page']]);
  });

  it('mod_auth_digest: one MD5 challenge with domain and qop, and a right answer gets in', async () => {
    const r = await get(lab.port, '/apache-digest/', { host });
    expect(r.status).toBe(401);
    const line = r.headers['www-authenticate'];
    expect(line).toHaveLength(1);
    const m = /^Digest realm="Digest staff", nonce="([^"]+)", algorithm=MD5, domain="\/apache-digest\/", qop="auth"$/.exec(line![0]!);
    expect(m, line![0]).not.toBeNull();
    const nonce = m![1]!;
    const answer = (password: string) => {
      const response = digestResponse({ algorithm: 'MD5', username: 'lab', password, realm: 'Digest staff', method: 'GET', uri: '/apache-digest/', nonce, nc: '00000001', cnonce: 'c0ffee' });
      return `Digest username="lab", realm="Digest staff", nonce="${nonce}", uri="/apache-digest/", algorithm=MD5, response="${response}", qop=auth, nc=00000001, cnonce="c0ffee"`;
    };
    const ok = await get(lab.port, '/apache-digest/', { host, headers: { authorization: answer('lab-password') } });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('Apache Digest area');
    expect((await get(lab.port, '/apache-digest/', { host, headers: { authorization: answer('nope') } })).status).toBe(401);
  });

  it('mod_auth_gssapi with no keytab: Negotiate alone, on Apache\'s page', async () => {
    const r = await get(lab.port, '/sso-not-attempted/', { host: 'intranet.site-one.test' });
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toEqual(['Negotiate']);
    expect(r.headers.server?.[0]).toMatch(/^Apache\/2\.4\.\d+ \(Debian\)$/);
    expect(r.body).toContain('This server could not verify that you');
    expect(r.body).toContain('Server at intranet.site-one.test Port 80</address>');
    // Basic credentials are no way in: only Kerberos is offered.
    expect((await get(lab.port, '/sso-not-attempted/', { headers: good })).status).toBe(401);
  });
});

describe('caddy', () => {
  it('basicauth: an empty 401, Server: Caddy, realm "restricted"; the lab account gets the report', async () => {
    const r = await get(lab.port, '/service-worker/private/report.json', { host });
    expect(r.status).toBe(401);
    expect(r.headers.server).toEqual(['Caddy']);
    expect(r.headers['www-authenticate']).toEqual(['Basic realm="restricted"']);
    expect(r.body).toBe('');
    const ok = await get(lab.port, '/service-worker/private/report.json', { host, headers: good });
    expect(ok.status).toBe(200);
    expect(ok.body).toBe(CADDY_REPORT);
    expect((await get(lab.port, '/service-worker/private/report.json', { host, headers: wrong })).status).toBe(401);
  });
});

describe('squid', () => {
  it('407 with its Cache Access Denied page, X-Squid-Error and the lab realm', async () => {
    const r = await get(lab.port, '/proxy/', { host: 'proxy-407.example', proxyPort: lab.proxyPort });
    expect(r.status).toBe(407);
    expect(r.headers.server?.[0]).toMatch(/^squid\/\d/);
    expect(r.headers['x-squid-error']).toEqual(['ERR_CACHE_ACCESS_DENIED 0']);
    expect(r.headers['proxy-authenticate']).toEqual(['Basic realm="401 Lab proxy"']);
    expect(r.body).toContain('<title>ERROR: Cache Access Denied</title>');
    expect(r.headers.via?.[0]).toMatch(/^1\.1 401-lab-proxy \(squid\/\d/);
  });
  it('with the lab account, forwards to the lab and adds its Via', async () => {
    const r = await get(lab.port, '/proxy/', { host: 'proxy-407.example', proxyPort: lab.proxyPort, headers: { 'proxy-authorization': basicAuth('lab', 'lab-password') } });
    expect(r.status).toBe(200);
    expect(r.body).toContain('data-via="1"');
  });
});

describe('Express apps', () => {
  it('express-oauth2-jwt-bearer: its exact challenge for a token of another audience, Express\'s page', async () => {
    const r = await get(lab.port, '/token-misconfigured/api', { host, headers: { authorization: `Bearer ${mintToken()}` } });
    expect(r.status).toBe(401);
    expect(r.headers['x-powered-by']).toEqual(['Express']);
    expect(r.headers['www-authenticate']?.[0]).toMatch(/^Bearer realm="api", error="invalid_token", error_description="Unexpected 'aud' value", DPoP algs="[A-Za-z0-9 ]+"$/);
    expect(r.body).toContain('<pre>Unauthorized</pre>');
  });
  it('express-jwt: a malformed token gets 401 and Express\'s page, with no WWW-Authenticate at all', async () => {
    const r = await get(lab.port, '/placeholder-token/api', { host, headers: { authorization: 'Bearer undefined' } });
    expect(r.status).toBe(401);
    expect(r.headers['x-powered-by']).toEqual(['Express']);
    expect(r.headers['www-authenticate']).toBeUndefined();
    expect(r.body).toContain('<pre>Unauthorized</pre>');
    // The same API takes a real token: the refusal is the placeholder's.
    expect((await get(lab.port, '/placeholder-token/api', { host, headers: { authorization: `Bearer ${mintToken()}` } })).status).toBe(200);
  });
});
