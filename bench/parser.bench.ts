// Challenge parser benchmark: throughput (headers per second) and correctness on one realistic
// mix of WWW-Authenticate fields, ours side by side with the npm parsers a user would pick.
// Run: npx tsx bench/parser.bench.ts
//
// The mix and its answer key are bench/challenge-corpus.ts (RFC examples and vendor headers,
// single- and multi-challenge, some as several field lines). A header counts as correct when the
// parser returns exactly the expected challenges: scheme, token68 and every parameter (names
// compared case-insensitively, values exactly). A parser that throws gets it wrong.
import { createRequire } from 'node:module';
import { CORPUS, type CorpusEntry } from './challenge-corpus.ts';
import { parseChallenges } from '../src/core/index.ts';

interface Normal {
  scheme: string;
  token68: string | null;
  params: Record<string, string>;
}
type Adapter = (entry: Prepared) => Normal[];
/** The bare call a user makes, timed without any normalisation. */
type RawCall = (entry: Prepared) => unknown;
interface Prepared {
  entry: CorpusEntry;
  /** What a user of a one-string parser passes: the field lines joined as RFC 9110 §5.3 says. */
  joined: string;
}

// The three packages ship without types; these are the parts of their APIs used here.
const require = createRequire(import.meta.url);
const wwwAuthenticate = require('www-authenticate') as {
  parsers: { WWW_Authenticate: new (header: string) => { scheme: string; parms: Record<string, string>; err?: string } };
};
const authHeader = require('auth-header') as {
  parse(header: string): { scheme: string; params: Record<string, string | string[]>; token: string | string[] | null };
};
const httpAuthUtils = (await import('http-auth-utils')) as unknown as {
  parseWWWAuthenticateHeader(header: string, mechanisms: unknown[], options: { strict: boolean }): { type: string; data: Record<string, string> };
  BASIC: unknown;
  BEARER: unknown;
  DIGEST: unknown;
};

function lowerKeys(o: Record<string, unknown>): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'string') return null; // an array means duplicates were merged: not one value
    out[k.toLowerCase()] = v;
  }
  return out;
}

const ADAPTERS: Record<string, Adapter> = {
  '401 Doctor parseChallenges': ({ entry }) =>
    parseChallenges(entry.field).challenges.map((c) => ({ scheme: c.scheme, token68: c.token68, params: { ...c.params } })),
  'www-authenticate 0.6.3': ({ joined }) => {
    const r = new wwwAuthenticate.parsers.WWW_Authenticate(joined);
    if (r.err) return [];
    return [{ scheme: r.scheme.toLowerCase(), token68: null, params: lowerKeys(r.parms) ?? {} }];
  },
  'auth-header 1.0.0': ({ joined }) => {
    const r = authHeader.parse(joined);
    const params = lowerKeys(r.params);
    if (params === null || Array.isArray(r.token)) return [];
    return [{ scheme: r.scheme.toLowerCase(), token68: r.token, params }];
  },
  'http-auth-utils 6.0.1': ({ joined }) => {
    const { BASIC, BEARER, DIGEST } = httpAuthUtils;
    const r = httpAuthUtils.parseWWWAuthenticateHeader(joined, [BASIC, BEARER, DIGEST], { strict: false });
    return [{ scheme: r.type.toLowerCase(), token68: null, params: lowerKeys(r.data) ?? {} }];
  },
};

const RAW: Record<string, RawCall> = {
  '401 Doctor parseChallenges': ({ entry }) => parseChallenges(entry.field),
  'www-authenticate 0.6.3': ({ joined }) => new wwwAuthenticate.parsers.WWW_Authenticate(joined),
  'auth-header 1.0.0': ({ joined }) => authHeader.parse(joined),
  'http-auth-utils 6.0.1': ({ joined }) => {
    const { BASIC, BEARER, DIGEST } = httpAuthUtils;
    return httpAuthUtils.parseWWWAuthenticateHeader(joined, [BASIC, BEARER, DIGEST], { strict: false });
  },
};

function canonical(list: readonly Normal[]): string {
  return JSON.stringify(list.map((c) => [c.scheme, c.token68, Object.entries(c.params).sort(([a], [b]) => (a < b ? -1 : 1))]));
}

const mix: Prepared[] = CORPUS.map((entry) => ({ entry, joined: typeof entry.field === 'string' ? entry.field : entry.field.join(', ') }));
const answers = mix.map(({ entry }) =>
  canonical(entry.expected.map((x) => ({ scheme: x.scheme, token68: x.token68 ?? null, params: x.params ?? {} }))),
);

interface Grade {
  correct: number;
  threw: number;
  wrong: string[];
}
function grade(adapter: Adapter): Grade {
  const g: Grade = { correct: 0, threw: 0, wrong: [] };
  mix.forEach((p, i) => {
    let got: Normal[];
    try {
      got = adapter(p);
    } catch {
      g.threw++;
      g.wrong.push(p.entry.source);
      return;
    }
    if (canonical(got) === answers[i]) g.correct++;
    else g.wrong.push(p.entry.source);
  });
  return g;
}

let sink = 0;
/** Parses the whole mix `loops` times; a throw is caught (a caller must) and still counts as a header handled. */
function timeOnce(call: RawCall, loops: number): number {
  const t0 = process.hrtime.bigint();
  for (let l = 0; l < loops; l++) {
    for (const p of mix) {
      try {
        if (call(p) !== null) sink++;
      } catch {
        sink++;
      }
    }
  }
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const names = Object.keys(ADAPTERS);
const ROUNDS = 7;
const LOOPS = 400;
for (const n of names) timeOnce(RAW[n]!, 200); // warm up every JIT before any round counts
const best: Record<string, number> = Object.fromEntries(names.map((n) => [n, Infinity]));
// Rounds interleave the parsers so that a noisy moment on the shared machine hits them all.
for (let r = 0; r < ROUNDS; r++) for (const n of names) best[n] = Math.min(best[n]!, timeOnce(RAW[n]!, LOOPS));

const headersPerRound = LOOPS * mix.length;
const ours = headersPerRound / best[names[0]!]!;
const rows = names.map((n) => {
  const hps = headersPerRound / best[n]!;
  const g = grade(ADAPTERS[n]!);
  return { n, hps, g };
});

console.log(`Challenge parser: ${mix.length} headers (${mix.filter((p) => typeof p.entry.field !== 'string').length} multi-line, ` +
  `${CORPUS.filter((e) => e.expected.length > 1).length} multi-challenge), best of ${ROUNDS} rounds × ${headersPerRound} headers, Node ${process.version}`);
console.log('');
console.log('| parser | headers/s | 401 Doctor is × faster | exact matches | throws |');
console.log('|---|---:|---:|---:|---:|');
for (const { n, hps, g } of rows) {
  console.log(`| ${n} | ${Math.round(hps).toLocaleString('en-US')} | ${(ours / hps).toFixed(2)} | ${g.correct}/${mix.length} | ${g.threw} |`);
}
console.log('');
for (const { n, g } of rows.slice(1)) console.log(`${n} gets wrong: ${g.wrong.join('; ')}`);
if (sink < 0) console.log(sink); // keeps the results alive so no work is optimised away
