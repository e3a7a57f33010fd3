// Properties over generated input: no input makes the parser throw, printing and parsing again
// is the identity on valid challenges, and the work grows linearly with the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Challenge } from '../../../src/core/index.ts';
import { formatChallenges, parseChallenges } from '../../../src/core/index.ts';

const TCHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const T68 = '-._~+/0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Every character the grammar gives a meaning to, plus a few it forbids.
const DELIMS = [' ', '\t', ',', '=', '"', '\\', 'a', 'B', '1', '/', '\r', '\n', '\u0000', '\u007f', 'é', '€', '@', ';'];

const token = fc.string({ unit: fc.constantFrom(...TCHARS), minLength: 1, maxLength: 8 });
const token68 = fc
  .tuple(fc.string({ unit: fc.constantFrom(...T68), minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 2 }))
  .map(([body, pad]) => body + '='.repeat(pad));
// quoted-string content: HTAB, SP, VCHAR and obs-text (RFC 9110 §5.6.4), so " and \ as well.
const qchar = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\t', 'é', 'ÿ'),
);
const value = fc.string({ unit: qchar, maxLength: 12 });

const challenge: fc.Arbitrary<Challenge> = fc
  .tuple(
    token,
    fc.oneof(
      token68.map((t) => ({ token68: t, params: [] as [string, string][] })),
      fc.uniqueArray(fc.tuple(token.map((n) => n.toLowerCase()), value), { selector: ([n]) => n, maxLength: 5 }).map((params) => ({ token68: null, params })),
    ),
  )
  .map(([raw, body]) => {
    const params = Object.create(null) as Record<string, string>;
    for (const [n, v] of body.params) params[n] = v;
    return { scheme: raw.toLowerCase(), rawScheme: raw, token68: body.token68, params };
  });

describe('parseChallenges properties', () => {
  it('never throws, and reports offsets inside the combined field', () => {
    const fields = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: fc.constantFrom(...DELIMS), maxLength: 80 }),
      fc.array(fc.string({ unit: fc.constantFrom(...DELIMS), maxLength: 30 }), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(fields, (field) => {
        const combinedLength = typeof field === 'string' ? field.length : field.join(', ').length;
        const { challenges, errors } = parseChallenges(field);
        for (const e of errors) expect(e.offset >= 0 && e.offset <= combinedLength).toBe(true);
        for (const c of challenges) expect(c.scheme.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseChallenges(formatChallenges(x)) gives x back for valid challenges', () => {
    fc.assert(
      fc.property(fc.array(challenge, { minLength: 1, maxLength: 4 }), (list) => {
        const { challenges, errors } = parseChallenges(formatChallenges(list));
        expect(errors).toEqual([]);
        expect(challenges).toEqual(list);
      }),
      { numRuns: 1000 },
    );
  });

  it('does work linear in the input on adversarial fields', () => {
    // Patterns that make backtracking or rescanning parsers blow up: open quotes full of
    // escapes, endless "name=" runs, commas, token68-looking padding, lookahead bait.
    const units = ['"\\', 'a=', ',', 'a ', 'x==', '"a\\"b",', 'Basic a="', '\u0000', 'a=b c=d ', 'A '];
    const field = (size: number): string => {
      let out = '';
      let i = 0;
      while (out.length < size) out += units[i++ % units.length]!.repeat(97);
      return out.slice(0, size);
    };
    // The work is counted, not timed (a timed test fails on a loaded machine): every character the
    // parser reads goes through charCodeAt, and every substring it keeps through slice. Linear work
    // on 10× the input is about 10× the reads; a rescanning or backtracking parser would do ~100×.
    const work = (input: string): { reads: number; copied: number } => {
      const proto = String.prototype;
      const { charCodeAt, slice } = proto;
      let reads = 0;
      let copied = 0;
      proto.charCodeAt = function (this: string, i: number) {
        reads++;
        return charCodeAt.call(this, i);
      };
      proto.slice = function (this: string, start?: number, end?: number) {
        const out = slice.call(this, start, end);
        copied += out.length;
        return out;
      };
      try {
        parseChallenges(input);
      } finally {
        proto.charCodeAt = charCodeAt;
        proto.slice = slice;
      }
      return { reads, copied };
    };
    const small = work(field(100_000));
    const large = work(field(1_000_000));
    expect(small.reads).toBeGreaterThan(100_000);
    expect(large.reads / small.reads).toBeGreaterThan(9);
    expect(large.reads / small.reads).toBeLessThan(11);
    expect(large.copied).toBeLessThanOrEqual(2 * 1_000_000);
    expect(large.copied / Math.max(1, small.copied)).toBeLessThan(11);
  });
});
