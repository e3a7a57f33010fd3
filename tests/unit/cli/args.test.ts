import { describe, expect, it } from 'vitest';
import { mergeAllLocales } from '../../../build/locales.ts';
import { DEFAULT_TIMEOUT_S, parseCommandLine } from '../../../src/cli/args.ts';
import { CliFailure } from '../../../src/cli/errors.ts';
import { EXIT } from '../../../src/cli/exit-codes.ts';

function failure(argv: string[]): CliFailure {
  try {
    parseCommandLine(argv);
  } catch (e) {
    if (e instanceof CliFailure) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(argv)} to fail`);
}

describe('parseCommandLine', () => {
  it('reads a URL with repeated headers, method, proxy, timeout, json and lang', () => {
    const cmd = parseCommandLine([
      '-H', 'Authorization: Bearer abc',
      '--header', 'Cookie: a=1; b=2',
      '-X', 'put',
      '--proxy', 'http://127.0.0.1:3128',
      '--timeout', '2.5',
      '--json',
      '--lang', 'ru',
      'http://example.test/x',
    ]);
    expect(cmd).toMatchObject({
      kind: 'diagnose',
      url: 'http://example.test/x',
      method: 'PUT',
      proxy: 'http://127.0.0.1:3128',
      timeoutMs: 2500,
      json: true,
      lang: 'ru',
      headers: [
        { name: 'Authorization', value: 'Bearer abc' },
        { name: 'Cookie', value: 'a=1; b=2' },
      ],
    });
  });

  it('defaults to GET, POST with --data, the default timeout and the environment language', () => {
    expect(parseCommandLine(['http://a.test/'])).toMatchObject({ method: 'GET', timeoutMs: DEFAULT_TIMEOUT_S * 1000, lang: null, json: false });
    expect(parseCommandLine(['-d', 'a=1', 'http://a.test/'])).toMatchObject({ method: 'POST', data: 'a=1' });
  });

  it('reads explain with values or with - for standard input', () => {
    expect(parseCommandLine(['explain', 'Basic realm=x', 'Bearer'])).toEqual({ kind: 'explain', json: false, lang: null, values: ['Basic realm=x', 'Bearer'] });
    expect(parseCommandLine(['explain', '--json', '-'])).toEqual({ kind: 'explain', json: true, lang: null, values: null });
  });

  it.each([
    [[], 'cli_error_no_url'],
    [['http://a.test/', 'http://b.test/'], 'cli_error_one_url'],
    [['--bogus', 'http://a.test/'], 'cli_error_unknown_option'],
    [['--timeout'], 'cli_error_option_value'],
    [['--timeout', '0', 'http://a.test/'], 'cli_error_bad_timeout'],
    [['--timeout', 'soon', 'http://a.test/'], 'cli_error_bad_timeout'],
    [['--lang', 'de', 'http://a.test/'], 'cli_error_bad_lang'],
    [['-X', 'GE T', 'http://a.test/'], 'cli_error_bad_method'],
    [['explain'], 'cli_error_explain_nothing'],
    [['explain', ''], 'cli_error_explain_blank'],
    [['explain', 'Basic realm=x', '  '], 'cli_error_explain_blank'],
    [['explain', '-', 'Basic'], 'cli_error_explain_stdin_alone'],
    [['explain', '-H', 'A: b', 'Basic'], 'cli_error_not_for_explain'],
    [['-H', 'no colon here', 'http://a.test/'], 'cli_error_header_no_colon'],
    [['-H', 'Bad Name: x', 'http://a.test/'], 'cli_error_header_bad_name'],
    [['-H', 'Host: other', 'http://a.test/'], 'cli_error_header_reserved'],
    [['-H', 'X-Key: a\r\nInjected: 1', 'http://a.test/'], 'cli_error_header_bad_value'],
  ])('%j is a usage error (%s)', (argv, id) => {
    const f = failure(argv);
    expect(f.text.id).toBe(id);
    expect(f.exitCode).toBe(EXIT.usage);
  });

  it('accepts exactly the timeouts its message allows: more than 0, at most 3600 seconds', () => {
    const en = mergeAllLocales().en!['cli_error_bad_timeout']!.message;
    expect(en).toMatch(/greater than 0 and at most 3600/);
    for (const ok of ['0.001', '1', '3600']) expect(parseCommandLine(['--timeout', ok, 'http://a.test/'])).toMatchObject({ kind: 'diagnose' });
    for (const bad of ['0', '0.0', '3600.5', ' ']) expect(failure(['--timeout', bad, 'http://a.test/']).text.id).toBe('cli_error_bad_timeout');
  });

  it('names the empty value of explain by its position', () => {
    expect(failure(['explain', 'Basic realm=x', '']).text).toEqual({ id: 'cli_error_explain_blank', subs: ['2'] });
  });

  it('never puts a header value into an error, only its position or name', () => {
    const secret = 's3cr3t-value-42';
    for (const raw of [`Authorization Bearer ${secret}`, `X Key: ${secret}`, `X-Key: ${secret}\nX-Other: 1`]) {
      const f = failure(['-H', raw, 'http://a.test/']);
      expect(JSON.stringify(f.text)).not.toContain(secret);
    }
    // An unknown option spelled with its value: only the option's name comes back.
    expect(JSON.stringify(failure([`--Header=Authorization: ${secret}`, 'http://a.test/']).text)).not.toContain(secret);
  });
});
