// The popup's pure decisions: which tab and language, what kind of page, which request.
import { describe, expect, it } from 'vitest';
import type { TabRecord } from '../../../src/core/observation.ts';
import { pageKind } from '../../../src/popup/logic/page-kind.ts';
import { readQuery } from '../../../src/popup/logic/query.ts';
import { defaultSelection, diagnosisInput, likelyFocus } from '../../../src/core/view/selection.ts';
import { observation, page, success } from './fixtures.ts';

describe('readQuery', () => {
  it('reads the tab id and the language', () => {
    expect(readQuery('?tab=42&lang=ru')).toEqual({ tabId: 42, lang: 'ru' });
    expect(readQuery('')).toEqual({ tabId: null, lang: null });
  });
  it('ignores a tab id that is not a whole number', () => {
    expect(readQuery('?tab=4x').tabId).toBeNull();
    expect(readQuery('?tab=-1').tabId).toBeNull();
  });
});

describe('pageKind', () => {
  it.each([
    ['https://example.com/a', 'web'],
    ['http://127.0.0.1:8080/', 'web'],
    ['chrome://settings/', 'browser-page'],
    ['about:preferences', 'browser-page'],
    ['chrome://newtab/', 'new-tab'],
    ['about:newtab', 'new-tab'],
    ['about:blank', 'new-tab'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/detail/x', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['file:///home/me/a.html', 'file'],
    [null, 'unknown'],
    ['not a url', 'unknown'],
  ] as const)('%s is %s', (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });
  it('does not take other Google pages for the store', () => {
    expect(pageKind('https://chrome.google.com/intl/en/')).toBe('web');
  });
});

describe('selection', () => {
  const a = observation({ id: 'a', type: 'xmlhttprequest' });
  const b = observation({ id: 'b', type: 'main_frame' });
  const c = observation({ id: 'c', type: 'image' });

  it('explains the chosen request, else the latest main frame, else the latest', () => {
    expect(likelyFocus([a, b, c], 'a')?.id).toBe('a');
    expect(likelyFocus([a, b, c], null)?.id).toBe('b');
    expect(likelyFocus([a, c], null)?.id).toBe('c');
    expect(likelyFocus([], null)).toBeNull();
  });

  it('starts on the previous page only when the current one refused nothing', () => {
    const rec = (cur: number, prev: number): TabRecord => ({
      tabId: 1,
      current: page(Array.from({ length: cur }, (_, i) => observation({ id: `c${i}` }))),
      previous: page(Array.from({ length: prev }, (_, i) => observation({ id: `p${i}` }))),
    });
    expect(defaultSelection(rec(1, 1)).page).toBe('current');
    expect(defaultSelection(rec(0, 1)).page).toBe('previous');
    expect(defaultSelection(rec(0, 0)).page).toBe('current');
    expect(defaultSelection(null).page).toBe('current');
  });

  it('feeds the diagnosis the chosen page and the successes of both pages, oldest first', () => {
    const record: TabRecord = {
      tabId: 1,
      current: page([b], [success({ time: 3 })]),
      previous: page([a], [success({ time: 1 })]),
    };
    const input = diagnosisInput({
      record,
      selection: { page: 'previous', focusId: 'a' },
      attempts: ['reload'],
      probe: null,
      cookieNames: ['sid'],
      os: 'linux',
      tabUrl: 'https://example.com/',
      extensions: null,
      now: 10,
    });
    expect(input.observations.map((o) => o.id)).toEqual(['a']);
    expect(input.focusId).toBe('a');
    expect(input.successes.map((s) => s.time)).toEqual([1, 3]);
    expect(input.attempts).toEqual(['reload']);
    expect(input.siteCookieNames).toEqual(['sid']);
  });
});
