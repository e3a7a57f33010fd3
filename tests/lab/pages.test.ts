// The scenarios that are whole pages or small sites: redirect, typo, IIS sub-statuses, WordPress,
// the server that breaks, and the benchmark page.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/server.ts';
import { basicAuth, get, send } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(() => lab.close());
beforeEach(() => lab.reset());

const good = { authorization: basicAuth('lab', 'lab-password') };

describe('redirect-into-401', () => {
  it('the old link answers 302 into a Basic members area', async () => {
    const r = await get(lab.port, '/moved/members');
    expect(r.status).toBe(302);
    expect(r.headers.location).toEqual(['/members/']);
    const area = await get(lab.port, '/members/');
    expect(area.status).toBe(401);
    expect(area.headers['www-authenticate']).toEqual(['Basic realm="401 Lab members", charset="UTF-8"']);
    expect((await get(lab.port, '/members/', { headers: good })).status).toBe(200);
  });
});

describe('url-typo', () => {
  it('the right URL answers 200, the mistyped one 401, and 404 once signed in', async () => {
    const index = await get(lab.port, '/typo/');
    expect(index.body).toContain('href="/typo/reports/2026"');
    expect(index.body).toContain('href="/typo/reprots/2026"');
    expect((await get(lab.port, '/typo/reports/2026')).status).toBe(200);
    const typo = await get(lab.port, '/typo/reprots/2026');
    expect(typo.status).toBe(401);
    expect(typo.headers['www-authenticate']).toEqual(['Basic realm="401 Lab reports", charset="UTF-8"']);
    expect((await get(lab.port, '/typo/reprots/2026', { headers: good })).status).toBe(404);
  });
});

describe('IIS detailed error pages', () => {
  const cases = [
    ['1', ['Negotiate', 'NTLM']],
    ['2', ['Negotiate', 'NTLM']],
    ['3', ['Negotiate', 'NTLM']],
    ['501', undefined],
    ['503', undefined],
  ] as const;
  for (const [sub, challenges] of cases) {
    it(`401.${sub}: IIS headers, ${challenges ? 'Windows challenges' : 'no challenge'}, the sub-status in title and heading`, async () => {
      const r = await get(lab.port, `/iis/401.${sub}/`, { host: 'intranet.site-one.test' });
      expect(r.status).toBe(401);
      expect(r.headers.server).toEqual(['Microsoft-IIS/10.0']);
      expect(r.headers['x-powered-by']).toEqual(['ASP.NET']);
      expect(r.headers['www-authenticate']).toEqual(challenges);
      expect(r.body).toContain(`<title>IIS 10.0 Detailed Error - 401.${sub} - Unauthorized</title>`);
      expect(r.body).toContain(`<h2>HTTP Error 401.${sub} - Unauthorized</h2>`);
      expect(r.body).toContain('Most likely causes:');
      expect(r.body).toContain(`http://intranet.site-one.test/iis/401.${sub}/`);
    });
  }
  it('does not mix up 401.5xx paths with 401.x ones', async () => {
    expect((await get(lab.port, '/iis/401.5/')).status).toBe(404);
  });
});

describe('wordpress', () => {
  const link = '<http://blog.site-two.test/wp/wp-json/>; rel="https://api.w.org/"';
  const host = { host: 'blog.site-two.test' };

  it('the login page is a 200 with the REST API Link header and the test cookie', async () => {
    const r = await get(lab.port, '/wp/wp-login.php', host);
    expect(r.status).toBe(200);
    expect(r.headers.link).toEqual([link]);
    expect(r.headers['set-cookie']![0]).toMatch(/^wordpress_test_cookie=/);
    expect(r.body).toContain('name="loginform"');
  });

  it('the security plugin answers 401 to the login, with a block page and no challenge', async () => {
    const r = await send(lab.port, { method: 'POST', path: '/wp/wp-login.php', form: { log: 'lab', pwd: 'lab-password' } }, host);
    expect(r.status).toBe(401);
    expect(r.headers.link).toEqual([link]);
    expect(r.headers['www-authenticate']).toBeUndefined();
    expect(r.body).toContain('Wordfence');
    expect(r.body).not.toContain('lab-password');
  });

  it('wp-admin sends to the login; wp-json answers', async () => {
    const admin = await get(lab.port, '/wp/wp-admin/', host);
    expect(admin.status).toBe(302);
    expect(admin.headers.location![0]).toMatch(/^\/wp\/wp-login\.php\?redirect_to=http%3A%2F%2Fblog\.site-two\.test%2Fwp%2Fwp-admin%2F&reauth=1$/);
    const api = await get(lab.port, '/wp/wp-json/', host);
    expect(api.status).toBe(200);
    expect(JSON.parse(api.body).namespaces).toContain('wp/v2');
  });
});

describe('server-fault', () => {
  it('works, then after the break every path answers 401 (even those that worked); reset mends it', async () => {
    const paths = ['/fault/', '/fault/api/status', '/fault/about', '/fault/never-seen'];
    expect((await get(lab.port, '/fault/')).status).toBe(200);
    expect((await get(lab.port, '/fault/api/status')).status).toBe(200);
    expect((await send(lab.port, { method: 'POST', path: '/__lab/fault/break' })).status).toBe(200);
    for (const path of paths) {
      const r = await get(lab.port, path);
      expect(r.status, path).toBe(401);
      expect(r.headers['www-authenticate'], path).toEqual(['Basic realm="Restricted"']);
    }
    // Only the group breaks, not the lab.
    expect((await get(lab.port, '/typo/')).status).toBe(200);
    await send(lab.port, { method: 'POST', path: '/__lab/fault/repair' });
    expect((await get(lab.port, '/fault/about')).status).toBe(200);
    await send(lab.port, { method: 'POST', path: '/__lab/fault/break' });
    lab.reset();
    expect((await get(lab.port, '/fault/')).status).toBe(200);
  });
});

describe('bench-300', () => {
  it('links 300 distinct tiny images that all answer 200 image/png', async () => {
    const page = await get(lab.port, '/bench/300');
    expect(page.status).toBe(200);
    const srcs = [...page.body.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(srcs).size).toBe(300);
    const sample = await Promise.all([srcs[0]!, srcs[150]!, srcs[299]!].map((src) => get(lab.port, src)));
    for (const r of sample) {
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toEqual(['image/png']);
      expect(r.body.startsWith('\u0089PNG') || r.body.includes('PNG')).toBe(true);
    }
    expect((await get(lab.port, '/bench/5000')).status).toBe(404);
  });

  it('bench-fetch: a page whose script makes 300 fetch() calls in waves of 10, each answered 200 and never cached', async () => {
    const page = await get(lab.port, '/bench-fetch/300');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toEqual(['no-store']);
    expect(page.body).toContain('k < 300; k += 10');
    const api = await get(lab.port, '/bench-fetch/api/7?r=x');
    expect(api.status).toBe(200);
    expect(api.headers['cache-control']).toEqual(['no-store']);
    expect((await get(lab.port, '/bench-fetch/5000')).status).toBe(404);
  });

  it('counts requests per scenario', async () => {
    await get(lab.port, '/bench/img/1.png');
    await get(lab.port, '/bench/img/2.png');
    const stats = JSON.parse((await get(lab.port, '/__lab/stats')).body) as { byScenario: Record<string, number> };
    expect(stats.byScenario['bench-300']).toBe(2);
  });
});
