// Small checks shared by several schemes.
import type { Challenge } from '../challenge/types.ts';
import type { Message } from '../diagnosis/types.ts';

export function msg(id: string, ...subs: string[]): Message {
  return subs.length > 0 ? { id, subs } : { id };
}

/** RFC 9110 §11.5: the protection space; every scheme that has a realm means the same by it. */
export const REALM = 'scheme_param_realm';
export const CHARSET = 'scheme_param_charset';

export function param(c: Challenge, name: string): string | undefined {
  return c.params[name];
}

export function isBooleanToken(v: string): boolean {
  const l = v.toLowerCase();
  return l === 'true' || l === 'false';
}

export function isNonNegativeInteger(v: string): boolean {
  return /^[0-9]{1,15}$/.test(v);
}

export function isAbsoluteUri(v: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

export function isHttpsUrl(v: string): boolean {
  return /^https:\/\//i.test(v) && isAbsoluteUri(v);
}

/** A scheme defined with parameters only got a bare token68 instead. */
export function token68Problems(c: Challenge, name: string): Message[] {
  return c.token68 !== null ? [msg('scheme_problem_token68', name)] : [];
}

/** RFC 7617 §2.1 and RFC 7616 §3.3 allow only "UTF-8" (case-insensitive) as charset. */
export function charsetProblems(c: Challenge): Message[] {
  const v = c.params['charset'];
  return v !== undefined && v.toLowerCase() !== 'utf-8' ? [msg('scheme_problem_charset', v)] : [];
}

export function charsetNote(name: string, value: string): Message | null {
  return name === 'charset' && value.toLowerCase() === 'utf-8' ? msg('scheme_value_charset_utf8') : null;
}

export function splitSpaces(v: string): string[] {
  return v.split(/[ \t]+/).filter((x) => x !== '');
}
