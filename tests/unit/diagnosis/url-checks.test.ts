// URL checks: each issue marks exactly the suspicious characters, and the segments always
// reassemble the masked URL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUrl, editDistance, type UrlIssueKind } from '../../../src/core/url/checks.ts';

const page = (url: string, time = 1) => ({ url, type: 'main_frame', time });
const marked = (url: string, kind: UrlIssueKind, extra: Parameters<typeof checkUrl>[0] | null = null) =>
  (extra ? checkUrl(extra) : checkUrl({ url, worked: [] })).segments.filter((s) => s.issue === kind).map((s) => s.text);

describe('checkUrl', () => {
  it('marks doubled slashes', () => expect(marked('https://a.example/x//y', 'double-slash')).toEqual(['//']));
  it('marks trailing punctuation from a sentence', () => expect(marked('https://a.example/page).', 'trailing-punctuation')).toEqual([').']));
  it('marks a trailing comma after a query', () => expect(marked('https://a.example/p?q=1,', 'trailing-punctuation')).toEqual([',']));
  it('marks spaces and typographic quotes', () => expect(marked('https://a.example/my%20%E2%80%9Cfile', 'odd-characters')).toEqual(['%20', '%E2%80%9C']));
  it('calls a closing quote at the end trailing punctuation', () => expect(marked('https://a.example/file%E2%80%9D', 'trailing-punctuation')).toEqual(['%E2%80%9D']));
  it('marks credentials in the URL, already masked', () => {
    const r = checkUrl({ url: 'https://user:secret@a.example/', worked: [] });
    expect(r.url).not.toContain('secret');
    expect(r.segments.find((s) => s.issue === 'credentials-in-url')?.text).toBe('•••:•••@');
  });
  it('marks http when the site answered over https', () => {
    expect(marked('', 'http-not-https', { url: 'http://a.example/x', worked: [page('https://a.example/')] })).toEqual(['http']);
  });
  it('marks the path segment whose case differs from one that worked', () => {
    const r = checkUrl({ url: 'https://a.example/Docs/guide', worked: [page('https://a.example/docs/guide')] });
    expect(r.issues).toEqual([{ kind: 'case-differs', detail: 'https://a.example/docs/guide' }]);
    expect(r.segments.find((s) => s.issue)?.text).toBe('Docs');
  });
  it('marks a near miss of a working path and offers it', () => {
    const r = checkUrl({ url: 'https://a.example/typo/reprots/2026', worked: [page('https://a.example/typo/'), page('https://a.example/typo/reports/2026')] });
    expect(r.segments.find((s) => s.issue === 'similar-path')?.text).toBe('reprots');
    expect(r.lastWorking).toBe('https://a.example/typo/reports/2026');
    expect(r.home).toBe('https://a.example/');
  });
  it('reports a redirect from another path, not a normalising one', () => {
    expect(checkUrl({ url: 'https://a.example/new', worked: [], redirectChain: ['https://a.example/old?token=abc'] }).issues).toEqual([{ kind: 'redirected', detail: 'https://a.example/old?token=•••' }]);
    expect(checkUrl({ url: 'https://a.example/new/', worked: [], redirectChain: ['http://www.a.example/new'] }).issues).toEqual([]);
  });
  it('offers the most recent among equally near working pages, never an API call', () => {
    const r = checkUrl({ url: 'https://a.example/b', worked: [page('https://a.example/a', 1), page('https://a.example/c', 2), { url: 'https://a.example/b2', type: 'xmlhttprequest', time: 3 }] });
    expect(r.lastWorking).toBe('https://a.example/c');
  });
  it('finds nothing wrong with a clean URL', () => {
    expect(checkUrl({ url: 'https://a.example/clean/path?x=1', worked: [] }).issues).toEqual([]);
  });
  it('survives what is not a URL', () => {
    expect(checkUrl({ url: 'not a url?token=x', worked: [] })).toEqual({ url: 'not a url', segments: [{ text: 'not a url', issue: null }], issues: [], lastWorking: null, home: null });
  });
  it('always splits into segments that reassemble the masked URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.array(fc.webUrl(), { maxLength: 3 }), (url, worked) => {
        const r = checkUrl({ url, worked: worked.map((w) => page(w)) });
        expect(r.segments.map((s) => s.text).join('')).toBe(r.url);
      }),
      { numRuns: 200 },
    );
  });
  it('measures edit distance with a cap', () => {
    expect(editDistance('reports', 'reprots', 5)).toBe(2);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});
