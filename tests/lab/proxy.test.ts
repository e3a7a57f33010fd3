// The forward proxy, a real squid (lab/real/squid.ts): 407 until it gets the lab account, then
// pass-through — to the lab and nowhere else.
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/server.ts';
import { basicAuth, get } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(() => lab.close());

const proxyAuth = (user: string, password: string) => ({ 'proxy-authorization': basicAuth(user, password) });

describe('lab proxy', () => {
  it('answers 407 with a Basic Proxy-Authenticate when no or wrong credentials come', async () => {
    for (const headers of [{}, proxyAuth('lab', 'nope'), { 'proxy-authorization': 'Bearer lab-good-token' }]) {
      const r = await get(lab.port, '/proxy/', { host: `site-one.test:${lab.port}`, proxyPort: lab.proxyPort, headers });
      expect(r.status).toBe(407);
      expect(r.headers['proxy-authenticate']).toEqual(['Basic realm="401 Lab proxy"']);
      expect(r.headers['www-authenticate']).toBeUndefined();
    }
  });

  it('passes an authenticated request to the lab, keeping Host, status and every challenge line', async () => {
    const host = `site-one.test:${lab.port}`;
    const page = await get(lab.port, '/proxy/', { host, proxyPort: lab.proxyPort, headers: proxyAuth('lab', 'lab-password') });
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-via="1"');
    const digest = await get(lab.port, '/digest/', { host, proxyPort: lab.proxyPort, headers: proxyAuth('lab', 'lab-password') });
    expect(digest.status).toBe(401);
    expect(digest.headers['www-authenticate']).toHaveLength(2);
    expect(digest.headers['proxy-authenticate']).toBeUndefined();
    const meta = await get(lab.port, '/bearer/resource-metadata/api', { host, proxyPort: lab.proxyPort, headers: proxyAuth('lab', 'lab-password') });
    expect(meta.headers['www-authenticate']![0]).toContain(`resource_metadata="http://${host}/`);
  });

  it('sends a request for any other address to the lab instead', async () => {
    const r = await get(lab.port, '/store/cookies', { host: 'example.com:9', proxyPort: lab.proxyPort, headers: proxyAuth('lab', 'lab-password') });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).host).toBe('example.com:9');
  });

  it('does not pass Proxy-Authorization on to the site', async () => {
    const r = await get(lab.port, '/basic/', { host: 'site-one.test', proxyPort: lab.proxyPort, headers: proxyAuth('lab', 'lab-password') });
    // The lab would accept these credentials as Basic if the proxy leaked them as Authorization: it must not.
    expect(r.status).toBe(401);
  });

  // squid denies what http_access denies with 403 and its ERR_ACCESS_DENIED page (the lab's own
  // proxy answered 405); the tunnel is refused either way, before any authentication.
  it('refuses CONNECT with 403 ERR_ACCESS_DENIED', async () => {
    const head = await new Promise<string>((resolve, reject) => {
      const socket = connect(lab.proxyPort, '127.0.0.1', () => {
        socket.write(`CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\nProxy-Authorization: ${basicAuth('lab', 'lab-password')}\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (d: Buffer) => {
        text += d.toString();
        // squid keeps the connection open: the head is enough.
        if (text.includes('\r\n\r\n')) {
          socket.destroy();
          resolve(text.split('\r\n\r\n')[0]!);
        }
      });
      socket.on('error', reject);
    });
    const lines = head.split('\r\n');
    expect(lines[0]).toBe('HTTP/1.1 403 Forbidden');
    expect(lines).toContain('X-Squid-Error: ERR_ACCESS_DENIED 0');
  });

  it('forwards a POST body', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const body = 'user=lab&password=lab-password';
      const req = request(
        {
          host: '127.0.0.1',
          port: lab.proxyPort,
          method: 'POST',
          path: `http://site-two.test:${lab.port}/session-expired/login`,
          headers: { ...proxyAuth('lab', 'lab-password'), 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(303);
  });
});
