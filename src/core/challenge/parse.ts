// A hand-written scanner for WWW-Authenticate / Proxy-Authenticate (RFC 9110 §11.6.1, §11.7.1):
//
//   challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
//   auth-param  = token BWS "=" BWS ( token / quoted-string )
//   token68     = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
//
// Commas separate both challenges and their parameters, so an element is told apart by what
// follows its first token: "name =" is a parameter, anything else starts a challenge. Every
// character is looked at a bounded number of times (lookaheads never rescan past what they
// then consume), so the time is linear in the input; nothing here can throw.
import { BACKSLASH, COMMA, DQUOTE, EQUALS, HTAB, SP, T68, TCHAR, charClass, codePointLabel, isControl } from './chars.ts';
import { combineFieldLines } from './combine.ts';
import { knownParamName, knownScheme, lowerKnownScheme } from './intern.ts';
import type { Challenge, ParseIssue, ParseResult } from './types.ts';

/**
 * Parses every challenge of a field value, or of all its field lines. Lenient the way browsers
 * are: what can be recovered is kept, and every departure from the grammar is listed in
 * `errors` with its offset into the combined value. Never throws.
 */
export function parseChallenges(field: string | readonly string[]): ParseResult {
  if (typeof field !== 'string' && !Array.isArray(field)) return { challenges: [], errors: [] };
  // A single string needs no combining; most fields arrive that way.
  const scanner = typeof field === 'string' && field.indexOf('\n') < 0 ? new Scanner(field, null) : fromLines(field);
  scanner.run();
  return { challenges: scanner.challenges, errors: scanner.errors };
}

function fromLines(field: string | readonly string[]): Scanner {
  const { value, lineEnds } = combineFieldLines(field);
  return new Scanner(value, lineEnds);
}

// params inherit from an empty, prototype-less object: no name (not "__proto__", not
// "constructor") reaches Object.prototype, and unlike Object.create(null), which V8 keeps in slow
// dictionary mode, these stay fast objects.
const EMPTY_PROTO: object = Object.freeze(Object.create(null) as object);

class Scanner {
  // Plain fields assigned in the constructor, no initialisers or parameter properties: some
  // transpilers lower those to defineProperty calls, which leaves V8 with slow objects.
  readonly challenges: Challenge[];
  readonly errors: ParseIssue[];
  private readonly s: string;
  private readonly len: number;
  private readonly lineEnds: readonly number[] | null;
  private lineIdx: number;
  /** The challenge later auth-params belong to; null before the first one or after a broken one. */
  private cur: Challenge | null;

  constructor(s: string, lineEnds: readonly number[] | null) {
    this.challenges = [];
    this.errors = [];
    this.s = s;
    this.len = s.length;
    this.lineEnds = lineEnds;
    this.lineIdx = 0;
    this.cur = null;
  }

  run(): void {
    const { s, len } = this;
    let p = 0;
    for (;;) {
      // OWS and empty list elements are allowed anywhere in a list (RFC 9110 §5.6.1).
      p = this.skipWs(p);
      while (p < len && s.charCodeAt(p) === COMMA) p = this.skipWs(p + 1);
      if (p >= len) return;
      p = this.element(p);
      p = this.skipWs(p);
      if (p < len && s.charCodeAt(p) !== COMMA) this.report(p, 'parse_missing_comma');
    }
  }

  private report(offset: number, id: string, subs?: string[]): void {
    this.errors.push(subs ? { offset, id, subs } : { offset, id });
  }

  /** SP/HTAB; a control character is reported and stepped over, as browsers strip it. */
  private skipWs(p: number): number {
    const { s, len } = this;
    while (p < len) {
      const c = s.charCodeAt(p);
      if (c === SP || c === HTAB) p++;
      else if (isControl(c)) {
        this.report(p, 'parse_control_char', [codePointLabel(c)]);
        p++;
      } else break;
    }
    return p;
  }

  /** Lookahead only: SP/HTAB without reporting anything. */
  private peekWs(p: number): number {
    const { s, len } = this;
    while (p < len) {
      const c = s.charCodeAt(p);
      if (c !== SP && c !== HTAB) break;
      p++;
    }
    return p;
  }

  private scanTchar(p: number): number {
    const { s, len } = this;
    while (p < len && charClass(s.charCodeAt(p)) & TCHAR) p++;
    return p;
  }

  /** A parameter name (all tchar), lowercased (RFC 9110 §11.2). */
  private paramName(p: number, end: number): string {
    return knownParamName(this.s, p, end) ?? this.s.slice(p, end).toLowerCase();
  }

  private isEqualsAt(p: number): boolean {
    return p < this.len && this.s.charCodeAt(p) === EQUALS;
  }

  /** One list element: an auth-param of the current challenge, or a new challenge. */
  private element(p: number): number {
    const nameEnd = this.scanTchar(p);
    if (nameEnd > p) {
      const eq = this.peekWs(nameEnd);
      if (this.isEqualsAt(eq)) {
        const name = this.paramName(p, nameEnd);
        const cur = this.cur;
        if (cur === null) this.report(p, 'parse_param_without_scheme', [name]);
        else if (cur.token68 !== null) this.report(p, 'parse_param_after_token68', [name]);
        return this.paramValue(cur, name, p, eq + 1);
      }
    }
    return this.challenge(p, nameEnd);
  }

  private challenge(p: number, tcharEnd: number): number {
    const { s, len } = this;
    // Read the scheme up to a delimiter, so that "Foo/1 realm=x" stays one (reported) scheme.
    let e = tcharEnd;
    let bad = -1;
    while (e < len) {
      const c = s.charCodeAt(e);
      if (c === SP || c === HTAB || c === COMMA || c === EQUALS || c === DQUOTE || isControl(c)) break;
      if (bad < 0) bad = e;
      e++;
    }
    if (e === p) {
      this.report(p, 'parse_scheme_expected', [s.charAt(p)]);
      this.cur = null;
      return this.skipElement(p);
    }
    if (e < len && (s.charCodeAt(e) === EQUALS || s.charCodeAt(e) === DQUOTE)) {
      this.report(e, 'parse_unexpected_char', [s.charAt(e)]);
      this.cur = null;
      return this.skipElement(e);
    }
    const known = bad < 0 ? knownScheme(s, p, e) : null;
    const raw = known ?? s.slice(p, e);
    if (bad >= 0) this.report(bad, 'parse_scheme_not_token', [raw]);
    const challenge: Challenge = {
      scheme: known !== null ? lowerKnownScheme(known) : bad < 0 ? raw.toLowerCase() : asciiLower(raw),
      rawScheme: raw,
      token68: null,
      params: Object.create(EMPTY_PROTO) as Record<string, string>,
    };
    this.challenges.push(challenge);
    this.cur = challenge;

    // RFC 9110 §11.1 asks for 1*SP after the scheme; a tab there is tolerated but reported.
    let w = e;
    let tab = -1;
    while (w < len) {
      const c = s.charCodeAt(w);
      if (c === SP) w++;
      else if (c === HTAB) {
        if (tab < 0) tab = w;
        w++;
      } else if (isControl(c)) {
        this.report(w, 'parse_control_char', [codePointLabel(c)]);
        w++;
      } else break;
    }
    if (w >= len || s.charCodeAt(w) === COMMA) return w;
    if (tab >= 0) this.report(tab, 'parse_scheme_whitespace');
    return this.firstItem(challenge, w);
  }

  /** token68 or the first auth-param: RFC 9110 §11.2 tells them apart only by what follows. */
  private firstItem(c: Challenge, p: number): number {
    const { s, len } = this;
    let t = p;
    while (t < len && charClass(s.charCodeAt(t)) & T68) t++;
    const bodyEnd = t;
    while (t < len && s.charCodeAt(t) === EQUALS) t++;
    if (bodyEnd > p) {
      const q = this.peekWs(t);
      if (q >= len || s.charCodeAt(q) === COMMA) {
        c.token68 = s.slice(p, t);
        return t;
      }
    }
    const nameEnd = this.scanTchar(p);
    // "abc== def" is padding followed by a missing comma, never a value starting with "=".
    const padded = nameEnd === bodyEnd && t - bodyEnd >= 2;
    if (nameEnd > p && !padded) {
      const eq = this.peekWs(nameEnd);
      if (this.isEqualsAt(eq)) return this.paramValue(c, this.paramName(p, nameEnd), p, eq + 1);
    }
    if (bodyEnd > p) {
      // A token68 followed by more than a comma: keep it; run() reports the missing comma.
      c.token68 = s.slice(p, t);
      return t;
    }
    this.report(p, 'parse_unexpected_char', [s.charAt(p)]);
    return this.skipElement(p);
  }

  /** The value after "name =" (BWS allowed around "="). */
  private paramValue(c: Challenge | null, name: string, nameAt: number, p: number): number {
    const { s, len } = this;
    p = this.skipWs(p);
    if (p >= len || s.charCodeAt(p) === COMMA) {
      this.report(nameAt, 'parse_missing_value', [name]);
      this.setParam(c, name, nameAt, '');
      return p;
    }
    if (s.charCodeAt(p) === DQUOTE) return this.quoted(c, name, nameAt, p);
    let e = this.scanTchar(p);
    if (e < len) {
      const next = s.charCodeAt(e);
      if (next !== SP && next !== HTAB && next !== COMMA && !isControl(next)) {
        // Neither a token nor a quoted-string, e.g. an unquoted URL: keep it up to the next
        // comma or space, as browsers do, and say so.
        this.report(e, 'parse_bad_value', [name]);
        while (e < len) {
          const x = s.charCodeAt(e);
          if (x === COMMA || x === SP || x === HTAB || isControl(x)) break;
          e++;
        }
      }
    }
    this.setParam(c, name, nameAt, s.slice(p, e));
    return e;
  }

  /** quoted-string with quoted-pair (RFC 9110 §5.6.4); p is at the opening DQUOTE. */
  private quoted(c: Challenge | null, name: string, nameAt: number, p: number): number {
    const { s } = this;
    const limit = this.lineLimit(p);
    let i = p + 1;
    let chunk = i;
    let out = '';
    while (i < limit) {
      const x = s.charCodeAt(i);
      if (x === DQUOTE) {
        this.setParam(c, name, nameAt, out + s.slice(chunk, i));
        return i + 1;
      }
      if (x === BACKSLASH) {
        if (i + 1 >= limit) break;
        const y = s.charCodeAt(i + 1);
        if (isControl(y)) this.report(i + 1, 'parse_control_char', [codePointLabel(y)]);
        out += s.slice(chunk, i);
        chunk = i + 1;
        i += 2;
        continue;
      }
      if (isControl(x)) this.report(i, 'parse_control_char', [codePointLabel(x)]);
      i++;
    }
    // Unterminated: keep what was there (the realm is still worth showing) up to the line's end.
    this.report(p, 'parse_unterminated_quote', [name]);
    this.setParam(c, name, nameAt, out + s.slice(chunk, limit));
    return limit;
  }

  private setParam(c: Challenge | null, name: string, nameAt: number, value: string): void {
    if (c === null) return;
    // §11.2: names are case-insensitive and each may appear once; the first one wins.
    if (c.params[name] !== undefined) this.report(nameAt, 'parse_duplicate_param', [name]);
    else c.params[name] = value;
  }

  /** The end of the field line that holds p: quoted-strings never continue past it. */
  private lineLimit(p: number): number {
    const ends = this.lineEnds;
    if (ends === null) return this.len;
    while (this.lineIdx < ends.length && ends[this.lineIdx]! <= p) this.lineIdx++;
    return this.lineIdx < ends.length ? ends[this.lineIdx]! : this.len;
  }

  /** Recovery: skip to the next comma outside a quoted-string; always moves forward. */
  private skipElement(p: number): number {
    const { s, len } = this;
    let i = p;
    while (i < len) {
      const x = s.charCodeAt(i);
      if (x === COMMA) break;
      if (x === DQUOTE) {
        i = this.skipQuoted(i);
        continue;
      }
      i++;
    }
    return i > p ? i : p + 1;
  }

  private skipQuoted(p: number): number {
    const { s } = this;
    const limit = this.lineLimit(p);
    let i = p + 1;
    while (i < limit) {
      const x = s.charCodeAt(i);
      if (x === DQUOTE) return i + 1;
      i += x === BACKSLASH ? 2 : 1;
    }
    return limit;
  }
}

/** Only A–Z: a non-token scheme may hold letters that toLowerCase would fold into ASCII. */
function asciiLower(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : raw.charAt(i);
  }
  return out;
}
