// The site's cookies for cookie-not-sent: which domains are asked, which cookies apply to the host,
// what is kept of each (never the value), and how they reach the diagnosis input with the family.
import { describe, expect, it } from 'vitest';
import { cookieQueryDomains, domainApplies, siteCookieNames, siteCookiesOf, type BrowserCookie } from '../../../src/core/capture/site-cookies.ts';
import { viewInput, type ViewInputs } from '../../../src/core/view/build-view.ts';

const cookie = (over: Partial<BrowserCookie> & { value?: string } = {}): BrowserCookie & { value?: string } => ({
  name: 'sid', domain: 'app.example.com', hostOnly: true, path: '/', secure: false, sameSite: 'lax', ...over,
});

describe('site cookies', () => {
  it('asks the host and each parent domain, so cookies this URL would not get are found too', () => {
    expect(cookieQueryDomains('a.b.Example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com']);
    expect(cookieQueryDomains('localhost')).toEqual(['localhost']);
    expect(cookieQueryDomains('127.0.0.1')).toEqual(['127.0.0.1']);
  });

  it('keeps the cookies whose domain applies to the host (RFC 6265bis §5.1.3)', () => {
    expect(domainApplies({ domain: '.example.com', hostOnly: false }, 'app.example.com')).toBe(true);
    expect(domainApplies({ domain: 'example.com', hostOnly: true }, 'app.example.com')).toBe(false);
    expect(domainApplies({ domain: 'other.example.com', hostOnly: false }, 'app.example.com')).toBe(false);
    expect(domainApplies({ domain: 'app.example.com', hostOnly: true }, 'app.example.com')).toBe(true);
  });

  it('keeps name and attributes, the partition, each cookie once, and never the value', () => {
    const found = [
      cookie({ value: 'VALUE-1' }),
      cookie({ value: 'VALUE-1' }),
      cookie({ name: 'chips', secure: true, sameSite: 'no_restriction', partitionKey: { topLevelSite: 'https://shop.example' }, value: 'VALUE-2' }),
      cookie({ name: 'wide', domain: '.example.com', hostOnly: false, path: '/admin', sameSite: 'strict', value: 'VALUE-3' }),
      cookie({ name: 'odd', sameSite: 'whatever' }),
      cookie({ name: 'elsewhere', domain: 'other.example.com' }),
    ];
    const got = siteCookiesOf(found, 'app.example.com');
    expect(got).toEqual([
      { name: 'sid', domain: 'app.example.com', hostOnly: true, path: '/', secure: false, sameSite: 'lax', partitionTopLevelSite: null },
      { name: 'chips', domain: 'app.example.com', hostOnly: true, path: '/', secure: true, sameSite: 'no_restriction', partitionTopLevelSite: 'https://shop.example' },
      { name: 'wide', domain: '.example.com', hostOnly: false, path: '/admin', secure: false, sameSite: 'strict', partitionTopLevelSite: null },
      { name: 'odd', domain: 'app.example.com', hostOnly: true, path: '/', secure: false, sameSite: 'unspecified', partitionTopLevelSite: null },
    ]);
    expect(JSON.stringify(got)).not.toMatch(/VALUE-/);
    expect(siteCookieNames(got)).toEqual(['sid', 'chips', 'wide', 'odd']);
    expect(siteCookieNames(null)).toBeNull();
  });

  it('reach the diagnosis input with the browser family, beside the names', () => {
    const siteCookies = siteCookiesOf([cookie()], 'app.example.com');
    const inputs: ViewInputs = {
      tabId: 7, record: null, attempts: [], hostPermission: true, tabUrl: null, selection: null, os: 'linux', family: 'firefox',
      probe: null, cookieNames: siteCookieNames(siteCookies), siteCookies, extensions: null, settled: true, now: 1,
    };
    expect(viewInput(inputs)).toMatchObject({ siteCookies, siteCookieNames: ['sid'], family: 'firefox' });
    expect(viewInput({ ...inputs, siteCookies: undefined, family: 'chromium' })).toMatchObject({ siteCookies: null, family: 'chromium' });
  });
});
