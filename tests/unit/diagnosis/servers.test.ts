// Server and CMS recognition from the Server header, the error page, the URL and cookie names.
import { describe, expect, it } from 'vitest';
import { IIS_CAUSE, IIS_SUBSTATUSES, iisSubStatus } from '../../../src/core/servers/iis.ts';
import { recognizeServer } from '../../../src/core/servers/recognize.ts';

const keys = (clues: Parameters<typeof recognizeServer>[0]) => recognizeServer(clues).products.map((p) => p.key);

describe('recognizeServer', () => {
  it.each([
    ['nginx/1.25.3', 'nginx'],
    ['Apache/2.4.57 (Debian)', 'apache'],
    ['Microsoft-IIS/10.0', 'iis'],
    ['Express', 'express'],
    ['Apache-Coyote/1.1', 'tomcat'],
    ['cloudflare', 'cloudflare'],
    ['Sucuri/Cloudproxy', 'sucuri'],
  ])('names %s from the Server header', (server, key) => {
    expect(keys({ server })).toEqual([key]);
  });

  it.each([
    ['401 Authorization Required', '401 Authorization Required\nnginx', 'nginx'],
    ['401 Unauthorized', 'This server could not verify that you are authorized to access the document requested. Apache/2.4.41 (Ubuntu) Server', 'apache'],
    ['HTTP Status 401 – Unauthorized', 'Apache Tomcat/9.0.80', 'tomcat'],
    ['Attention Required!', 'Cloudflare Ray ID: 8a1b', 'cloudflare'],
  ])('names the server from its error page: %s', (title, text, key) => {
    expect(keys({ server: null, title, text })).toContain(key);
  });

  it('finds WordPress from its paths and cookies, and plugins from their cookies', () => {
    expect(recognizeServer({ server: null, path: '/wp-login.php' }).products[0]).toMatchObject({ key: 'wordpress', via: 'path', detail: '/wp-login.php' });
    expect(keys({ server: null, cookieNames: ['wordpress_logged_in_abc'] })).toEqual(['wordpress']);
    expect(keys({ server: null, cookieNames: ['itsec-hb-login-x'] })).toEqual(['solid_security']);
    expect(keys({ server: null, cookieNames: ['aiowps_login_msg_id'] })).toEqual(['aiowps']);
  });

  it('reads the IIS sub-status only when IIS is recognised', () => {
    expect(recognizeServer({ server: 'Microsoft-IIS/8.5', title: 'IIS 8.5 Detailed Error - 401.3 - Unauthorized' }).iis).toBe('3');
    expect(recognizeServer({ server: 'nginx', title: 'Error 401.3' }).iis).toBeNull();
  });

  it('prefers the longest sub-status code', () => {
    expect(iisSubStatus('HTTP Error 401.501 - Unauthorized', '')).toBe('501');
    expect(iisSubStatus('', 'nothing here')).toBeNull();
  });

  it('maps every sub-status to a cause of the catalogue', () => {
    expect(IIS_SUBSTATUSES.map((s) => IIS_CAUSE[s])).toEqual([
      'iis-logon-failure', 'iis-logon-failure', 'iis-logon-failure', 'iis-logon-failure', 'iis-logon-failure',
      'rate-limited', 'rate-limited', 'client-denied', 'client-denied',
    ]);
  });

  it('names nothing from nothing', () => {
    expect(recognizeServer({ server: null })).toEqual({ products: [], iis: null });
  });
});
