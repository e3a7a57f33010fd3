// Every departure from RFC 9110 §11 is reported with its offset and message id, and what can
// be recovered still is.
import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../../src/core/index.ts';

type Summary = { scheme: string; token68: string | null; params: Record<string, string> };
const summary = (field: string | string[]): { challenges: Summary[]; errors: [number, string, ...string[]][] } => {
  const r = parseChallenges(field);
  return {
    challenges: r.challenges.map((c) => ({ scheme: c.scheme, token68: c.token68, params: { ...c.params } })),
    errors: r.errors.map((e) => [e.offset, e.id, ...(e.subs ?? [])]),
  };
};
const ch = (scheme: string, params: Record<string, string> = {}, token68: string | null = null): Summary => ({ scheme, token68, params });

describe('malformed fields', () => {
  it.each<[string, string | string[], Summary[], [number, string, ...string[]][]]>([
    [
      'missing comma between parameters',
      'Digest realm="a" nonce="b"',
      [ch('digest', { realm: 'a', nonce: 'b' })],
      [[17, 'parse_missing_comma']],
    ],
    [
      'missing comma between challenges',
      'Basic realm="a" Bearer realm="b"',
      [ch('basic', { realm: 'a' }), ch('bearer', { realm: 'b' })],
      [[16, 'parse_missing_comma']],
    ],
    [
      'duplicate parameter, case-insensitive: the first is kept',
      'Basic realm="first", REALM="second"',
      [ch('basic', { realm: 'first' })],
      [[21, 'parse_duplicate_param', 'realm']],
    ],
    [
      'unterminated quoted-string keeps the realm',
      'Basic realm="Staff only',
      [ch('basic', { realm: 'Staff only' })],
      [[12, 'parse_unterminated_quote', 'realm']],
    ],
    [
      'unterminated quoted-string stops at its own field line',
      ['Basic realm="a', 'Bearer realm="b"'],
      [ch('basic', { realm: 'a' }), ch('bearer', { realm: 'b' })],
      [[12, 'parse_unterminated_quote', 'realm']],
    ],
    [
      'value that is neither token nor quoted-string (kept up to the comma)',
      'Bearer error_uri=https://example.com/e?x=1, realm="r"',
      [ch('bearer', { error_uri: 'https://example.com/e?x=1', realm: 'r' })],
      [[22, 'parse_bad_value', 'error_uri']],
    ],
    ['missing value', 'Basic realm="r", charset=', [ch('basic', { realm: 'r', charset: '' })], [[17, 'parse_missing_value', 'charset']]],
    [
      'control character outside a quoted-string',
      'Basic\u0000 realm="r"',
      [ch('basic', { realm: 'r' })],
      [[5, 'parse_control_char', 'U+0000']],
    ],
    [
      'control character inside a quoted-string',
      'Basic realm="a\u0007b"',
      [ch('basic', { realm: 'a\u0007b' })],
      [[14, 'parse_control_char', 'U+0007']],
    ],
    [
      'CR LF that is not a fold',
      'Basic realm="a"\r\nBearer',
      [ch('basic', { realm: 'a' }), ch('bearer')],
      [
        [15, 'parse_control_char', 'U+000D'],
        [16, 'parse_control_char', 'U+000A'],
        [17, 'parse_missing_comma'],
      ],
    ],
    [
      'parameters after a token68',
      'Negotiate YIIB==, realm="x"',
      [ch('negotiate', { realm: 'x' }, 'YIIB==')],
      [[18, 'parse_param_after_token68', 'realm']],
    ],
    ['parameter before any scheme', 'realm="x", Basic realm="y"', [ch('basic', { realm: 'y' })], [[0, 'parse_param_without_scheme', 'realm']]],
    ['scheme that is not a token', 'Basic/1.0 realm="x"', [ch('basic/1.0', { realm: 'x' })], [[5, 'parse_scheme_not_token', 'Basic/1.0']]],
    [
      'a quoted-string where a scheme belongs, then recovery at the next challenge',
      '"realm, with comma", Basic realm="y"',
      [ch('basic', { realm: 'y' })],
      [[0, 'parse_scheme_expected', '"']],
    ],
    ['tab after the scheme', 'Basic\trealm="x"', [ch('basic', { realm: 'x' })], [[5, 'parse_scheme_whitespace']]],
    ['a tab before a comma is only OWS', 'Basic\t, Bearer', [ch('basic'), ch('bearer')], []],
    [
      'a character that starts neither token68 nor a parameter',
      'Basic @realm, Bearer realm="b"',
      [ch('basic'), ch('bearer', { realm: 'b' })],
      [[6, 'parse_unexpected_char', '@']],
    ],
    [
      'token68 padding followed by another challenge without a comma',
      'Negotiate abc== Basic realm="x"',
      [ch('negotiate', {}, 'abc=='), ch('basic', { realm: 'x' })],
      [[16, 'parse_missing_comma']],
    ],
    [
      'a broken challenge does not lose the ones after it',
      'Digest realm="a", nonce=="x", qop="auth", Basic realm="b"',
      [ch('digest', { realm: 'a', nonce: '="x"', qop: 'auth' }), ch('basic', { realm: 'b' })],
      [[24, 'parse_bad_value', 'nonce']],
    ],
    [
      'a lone backslash at the end of an unterminated quote',
      'Basic realm="abc\\',
      [ch('basic', { realm: 'abc\\' })],
      [[12, 'parse_unterminated_quote', 'realm']],
    ],
  ])('%s', (_name, field, challenges, errors) => {
    expect(summary(field)).toEqual({ challenges, errors });
  });

  it('never throws on values that are not strings at run time', () => {
    expect(parseChallenges(undefined as unknown as string)).toEqual({ challenges: [], errors: [] });
    expect(parseChallenges([null, 'Basic realm="x"'] as unknown as string[]).challenges).toHaveLength(1);
  });
});
