// Properties over generated input: no input makes the parser throw, printing and parsing again
// is the identity on valid challenges, and the time grows linearly with the input.
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

  it('takes time linear in the input on adversarial fields', () => {
    // Patterns that make backtracking or rescanning parsers blow up: open quotes full of
    // escapes, endless "name=" runs, commas, token68-looking padding, lookahead bait.
    const units = ['"\\', 'a=', ',', 'a ', 'x==', '"a\\"b",', 'Basic a="', '\u0000', 'a=b c=d ', 'A '];
    const field = (size: number): string => {
      let out = '';
      let i = 0;
      while (out.length < size) out += units[i++ % units.length]!.repeat(97);
      return out.slice(0, size);
    };
    const small = field(100_000);
    const large = field(1_000_000);
    const best = (s: string): number => {
      let min = Infinity;
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now();
        parseChallenges(s);
        min = Math.min(min, performance.now() - t0);
      }
      return min;
    };
    best(small); // warm up the JIT before measuring
    const ratio = best(large) / best(small);
    // Linear means about 10; a generous factor keeps a loaded machine from failing it, while a
    // quadratic parser would be near 100.
    expect(ratio).toBeLessThan(30);
  });
});
