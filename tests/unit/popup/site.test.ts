// "This site": the registrable domain whose cookies go, and the origins whose storage goes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registrableDomain, siteScope } from '../../../src/core/view/site.ts';

describe('registrableDomain', () => {
  it.each([
    ['app.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['shop.example.com.au', 'example.com.au'],
    ['me.github.io', 'me.github.io'],
    ['x.me.github.io', 'me.github.io'],
    ['localhost', 'localhost'],
    ['192.168.1.10', '192.168.1.10'],
    ['[::1]', '[::1]'],
    ['App.Example.COM.', 'example.com'],
    ['a.clear.test', 'clear.test'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });

  it('is always the host itself or a dot-suffix of it', () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 6 }), (labels) => {
        const host = labels.join('.');
        const d = registrableDomain(host);
        expect(host === d || host.endsWith(`.${d}`)).toBe(true);
      }),
    );
  });
});

describe('siteScope', () => {
  it('clears the page origin and the same host over the other scheme', () => {
    expect(siteScope('http://app.clear.test:8080/x?y=1')).toEqual({
      origins: ['http://app.clear.test:8080', 'https://app.clear.test', 'http://app.clear.test'],
      domain: 'clear.test',
    });
    expect(siteScope('https://www.example.com/a')).toEqual({
      origins: ['https://www.example.com', 'http://www.example.com'],
      domain: 'example.com',
    });
  });

  it('has no scope outside the web', () => {
    expect(siteScope('chrome://settings')).toBeNull();
    expect(siteScope('file:///tmp/a')).toBeNull();
    expect(siteScope('nonsense')).toBeNull();
  });

  it('never reaches another host', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const scope = siteScope(url);
        if (!scope) return;
        const host = new URL(url).hostname;
        for (const o of scope.origins) expect(new URL(o).hostname).toBe(host);
      }),
      { numRuns: 15 },
    );
  });
});
