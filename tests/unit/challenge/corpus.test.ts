// Every RFC example and vendor header of the shared corpus parses to the challenges it holds,
// with no error: these expectations are also the benchmark's answer key.
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../bench/challenge-corpus.ts';
import { parseChallenges } from '../../../src/core/index.ts';

describe('parseChallenges on the RFC examples and vendor headers', () => {
  it.each(CORPUS.map((e) => [e.source, e] as const))('%s', (_source, entry) => {
    const { challenges, errors } = parseChallenges(entry.field);
    expect(errors).toEqual([]);
    expect(challenges.map((c) => ({ scheme: c.scheme, token68: c.token68, params: { ...c.params } }))).toEqual(
      entry.expected.map((x) => ({ scheme: x.scheme, token68: x.token68 ?? null, params: x.params ?? {} })),
    );
  });

  it('keeps the scheme as the server spelled it next to the lowercased one', () => {
    const [c] = parseChallenges('SCRAM-SHA-256 realm="r"').challenges;
    expect(c?.rawScheme).toBe('SCRAM-SHA-256');
    expect(c?.scheme).toBe('scram-sha-256');
  });

  it('unfolds the obs-fold of the RFC 7616 §3.9.1 example as printed, offsets unchanged', () => {
    const folded =
      'Digest\r\n    realm="http-auth@example.org",\r\n    qop="auth, auth-int",\r\n    algorithm=SHA-256,\r\n' +
      '    nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",\r\n    opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
    const { challenges, errors } = parseChallenges(folded);
    expect(errors).toEqual([]);
    expect(challenges).toHaveLength(1);
    expect(challenges[0]?.params).toEqual({
      realm: 'http-auth@example.org',
      qop: 'auth, auth-int',
      algorithm: 'SHA-256',
      nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
      opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS',
    });
    // A bare LF fold and a fold right after "=" (RFC 9728's example is printed that way).
    const bare = parseChallenges(`Bearer resource_metadata=\n  "https://rs.example/.well-known/oauth-protected-resource"`);
    expect(bare.errors).toEqual([]);
    expect(bare.challenges[0]?.params['resource_metadata']).toBe('https://rs.example/.well-known/oauth-protected-resource');
  });

  it('treats an empty field, or one of only commas and spaces, as an empty list', () => {
    for (const field of ['', '   ', ', ,\t,', [], ['', ' ']]) expect(parseChallenges(field)).toEqual({ challenges: [], errors: [] });
  });

  it('stores a parameter named __proto__ as data, not as a prototype', () => {
    const { challenges } = parseChallenges('Basic __proto__="x", constructor="y", realm="r"');
    const params = challenges[0]!.params;
    // Its prototype chain holds no Object.prototype, so no name can reach an inherited member.
    expect(Object.getPrototypeOf(Object.getPrototypeOf(params))).toBeNull();
    expect(Object.getPrototypeOf(params)).not.toBe(Object.prototype);
    expect(params['toString']).toBeUndefined();
    expect(Object.keys(params)).toEqual(['__proto__', 'constructor', 'realm']);
    expect(params['__proto__']).toBe('x');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    const dup = parseChallenges('X constructor=a, __proto__=b, Constructor=c, __PROTO__=d');
    expect(dup.errors.map((e) => e.subs)).toEqual([['constructor'], ['__proto__']]);
    expect({ ...dup.challenges[0]!.params }).toEqual({ constructor: 'a', ['__proto__']: 'b' });
  });
});
