// Looks for the URL mistakes people make by hand or inherit from old links, and finds the nearest
// URL of the same site that worked. The result splits the (masked) URL into segments whose
// concatenation is the URL itself, each marked with the issue it carries, so the popup can
// highlight exactly the suspicious characters. Pure and never throws.
import { maskUrl, MASK } from './mask.ts';

export type UrlIssueKind =
  | 'credentials-in-url'
  | 'http-not-https'
  | 'double-slash'
  | 'trailing-punctuation'
  | 'odd-characters'
  | 'case-differs'
  | 'similar-path'
  | 'redirected';

export interface UrlSegment {
  text: string;
  issue: UrlIssueKind | null;
}

export interface UrlIssue {
  kind: UrlIssueKind;
  /** A value to show next to the issue: the working URL, the redirecting URL, the odd characters. */
  detail: string | null;
}

export interface UrlCheck {
  /** The URL checked, masked. */
  url: string;
  segments: UrlSegment[];
  issues: UrlIssue[];
  /** The nearest URL of the same site that answered 2xx (a page, not an API call), masked. */
  lastWorking: string | null;
  /** scheme://host/ of the URL, or null when it does not parse. */
  home: string | null;
}

export interface WorkedUrl {
  url: string;
  type: string;
  time: number;
}

export interface UrlCheckInput {
  url: string;
  /** 2xx responses seen on the same tab, oldest first. */
  worked: readonly WorkedUrl[];
  /** URLs that redirected to this one, oldest first. */
  redirectChain?: readonly string[];
  /** The tab's URL, another witness of which scheme the site uses. */
  tabUrl?: string | null;
}

const PAGE_TYPES = new Set(['main_frame', 'sub_frame', 'document']);
// Characters a URL picks up from the sentence it was pasted from (closing quotes, brackets, full stop).
const TRAILING = /(?:[.,;:!?)\]'"»”’>]|%22|%27|%29|%5D|%3E|%C2%BB|%E2%80%9D|%E2%80%99|%20)+$/i;
// Spaces, no-break and zero-width spaces, typographic quotes and backslashes never belong in a path.
const ODD = /%20|%C2%A0|%E2%80%8B|%E2%80%8C|%E2%80%8D|%EF%BB%BF|%E2%80%9C|%E2%80%9D|%E2%80%98|%E2%80%99|%C2%AB|%C2%BB|%5C|[\s\\<>"`{}|^]/gi;

interface Range {
  start: number;
  end: number;
  kind: UrlIssueKind;
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** Levenshtein distance, given up on (returning max + 1) once it exceeds `max`: paths are short. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > 512 || b.length > 512) return a === b ? 0 : max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** True when the only difference is the one a server's normalising redirect makes (scheme, a trailing slash, www). */
function isNormalisingRedirect(from: URL, to: URL): boolean {
  const host = (u: URL) => u.hostname.replace(/^www\./, '');
  const path = (u: URL) => u.pathname.replace(/\/+$/, '');
  return host(from) === host(to) && path(from) === path(to) && from.search === to.search;
}

function segmentsOf(url: string, ranges: Range[]): UrlSegment[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: UrlSegment[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue; // overlapping marks: the first one (leftmost, longest) wins
    if (r.start > at) out.push({ text: url.slice(at, r.start), issue: null });
    out.push({ text: url.slice(r.start, r.end), issue: r.kind });
    at = r.end;
  }
  if (at < url.length || out.length === 0) out.push({ text: url.slice(at), issue: null });
  return out;
}

function nearestWorking(target: URL, worked: readonly WorkedUrl[]): { url: URL; distance: number } | null {
  let best: { url: URL; distance: number; time: number } | null = null;
  for (const w of worked) {
    if (!PAGE_TYPES.has(w.type)) continue;
    const u = parse(w.url);
    if (!u || u.host !== target.host) continue;
    const d = editDistance(u.pathname, target.pathname, 64);
    if (!best || d < best.distance || (d === best.distance && w.time >= best.time)) best = { url: u, distance: d, time: w.time };
  }
  return best;
}

export function checkUrl(input: UrlCheckInput): UrlCheck {
  const url = maskUrl(input.url);
  const u = parse(url);
  if (!u) return { url, segments: [{ text: url, issue: null }], issues: [], lastWorking: null, home: null };

  const ranges: Range[] = [];
  const issues: UrlIssue[] = [];
  const add = (kind: UrlIssueKind, detail: string | null, start?: number, end?: number) => {
    if (!issues.some((i) => i.kind === kind)) issues.push({ kind, detail });
    if (start !== undefined && end !== undefined) ranges.push({ start, end, kind });
  };

  const afterScheme = url.indexOf('//') + 2;
  const pathStart = url.indexOf('/', afterScheme) < 0 ? url.length : url.indexOf('/', afterScheme);
  const pathEnd = (() => {
    const q = url.slice(pathStart).search(/[?#]/);
    return q < 0 ? url.length : pathStart + q;
  })();
  const path = url.slice(pathStart, pathEnd);

  // maskUrl leaves "•••@" where userinfo was: the URL carried a user name or password.
  const at = url.indexOf('@', afterScheme);
  if (at > 0 && at < pathStart && url.slice(afterScheme, at).includes(MASK)) add('credentials-in-url', null, afterScheme, at + 1);

  if (u.protocol === 'http:') {
    const https = [input.tabUrl ?? '', ...input.worked.map((w) => w.url)]
      .map(parse)
      .find((o) => o && o.protocol === 'https:' && o.hostname === u.hostname);
    if (https) add('http-not-https', `https://${u.host}/`, 0, 4);
  }

  for (const m of path.matchAll(/\/{2,}/g)) add('double-slash', null, pathStart + m.index, pathStart + m.index + m[0].length);

  const inPath = path.length > 1 ? TRAILING.exec(path) : null;
  if (inPath) {
    add('trailing-punctuation', decodeSafe(inPath[0]), pathStart + inPath.index, pathStart + inPath.index + inPath[0].length);
  } else if (pathEnd < url.length) {
    const tail = url.slice(pathEnd);
    const inTail = TRAILING.exec(tail);
    if (inTail && inTail.index > 1) add('trailing-punctuation', decodeSafe(inTail[0]), pathEnd + inTail.index, url.length);
  }

  const odd = [...path.matchAll(ODD)];
  if (odd.length > 0) {
    for (const m of odd) ranges.push({ start: pathStart + m.index, end: pathStart + m.index + m[0].length, kind: 'odd-characters' });
    add('odd-characters', [...new Set(odd.map((m) => m[0]))].join(' '));
  }

  const near = nearestWorking(u, input.worked);
  const workedSame = near !== null && near.distance === 0;
  if (near && !workedSame) {
    const nearPath = near.url.pathname;
    if (nearPath.toLowerCase() === u.pathname.toLowerCase()) {
      add('case-differs', maskUrl(near.url.href), ...diffRange(path, nearPath, pathStart));
    } else if (near.distance <= 2 && u.pathname.length >= 4 && !isPrefixStep(u.pathname, nearPath)) {
      add('similar-path', maskUrl(near.url.href), ...diffRange(path, nearPath, pathStart));
    }
  }

  const chain = (input.redirectChain ?? []).map(parse).filter((c): c is URL => c !== null);
  const first = chain[0];
  if (first && !chain.every((c) => isNormalisingRedirect(c, u))) add('redirected', maskUrl(first.href));

  return {
    url,
    segments: segmentsOf(url, ranges),
    issues,
    lastWorking: near && !workedSame ? maskUrl(near.url.href) : null,
    home: `${u.protocol}//${u.host}/`,
  };
}

/** "/a" vs "/a/b": one is the other plus a segment — a different page, not a typo. */
function isPrefixStep(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(short.endsWith('/') ? short : `${short}/`) || long === `${short}/`;
}

/** The range of `path` (offset by `base`) that differs from `other`: common prefix and suffix trimmed. */
function diffRange(path: string, other: string, base: number): [number, number] {
  let s = 0;
  while (s < path.length && s < other.length && path[s] === other[s]) s++;
  let e = 0;
  while (e < path.length - s && e < other.length - s && path[path.length - 1 - e] === other[other.length - 1 - e]) e++;
  // Widen to whole path segment(s), which is what a reader compares.
  const from = path.lastIndexOf('/', Math.max(0, s - 1)) + 1;
  let to = path.indexOf('/', path.length - e);
  if (to < 0) to = path.length;
  if (to <= from) return [base + Math.min(s, path.length - 1), base + path.length];
  return [base + from, base + to];
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
