import { describe, expect, it } from 'vitest';
import { splitFieldLine } from '../../../src/cli/analysis.ts';
import { localeFromEnv } from '../../../src/cli/locale.ts';
import { makeStyle, useColour } from '../../../src/cli/colour.ts';
import { probeOf } from '../../../src/cli/probe.ts';

describe('page probe of an error page', () => {
  it('takes the title and the visible text of HTML, without scripts and styles', () => {
    const html = '<html><head><title>401 - Unauthorized: Access is denied</title><style>p{}</style></head><body><h1>Server&nbsp;Error</h1><script>var x=1</script><p>HTTP Error 401.3 &amp; more</p></body></html>';
    expect(probeOf('http://a.test/', 'text/html; charset=utf-8', html)).toEqual({
      url: 'http://a.test/',
      title: '401 - Unauthorized: Access is denied',
      text: 'Server Error HTTP Error 401.3 & more',
    });
  });

  it('keeps plain text and skips JSON and empty bodies', () => {
    expect(probeOf('u', 'text/plain', 'Unauthorized\n')).toEqual({ url: 'u', title: '', text: 'Unauthorized' });
    expect(probeOf('u', 'application/json', '{"error":"x"}')).toBeNull();
    expect(probeOf('u', 'text/html', '')).toBeNull();
  });
});

describe('explain input lines', () => {
  it('accepts a pasted "Name: value" line', () => {
    expect(splitFieldLine('Proxy-Authenticate: Basic realm="p"')).toEqual({ field: 'Proxy-Authenticate', value: 'Basic realm="p"' });
    expect(splitFieldLine('www-authenticate:Bearer')).toEqual({ field: 'WWW-Authenticate', value: 'Bearer' });
    expect(splitFieldLine('Basic realm="a:b"')).toEqual({ field: 'WWW-Authenticate', value: 'Basic realm="a:b"' });
  });
});

describe('terminal', () => {
  it('takes the language from LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(localeFromEnv({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(localeFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'ru', LANG: 'C' })).toBe('ru');
    expect(localeFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
  });

  it('colours only a terminal without NO_COLOR', () => {
    expect(useColour(true, {})).toBe(true);
    expect(useColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(true, { NO_COLOR: '' })).toBe(true);
    expect(useColour(false, {})).toBe(false);
    expect(makeStyle(true).red('x')).toBe('\x1b[31mx\x1b[39m');
    expect(makeStyle(false).red('x')).toBe('x');
  });
});
