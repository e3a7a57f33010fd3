// The request headers given with --header. Their values may be secrets (Authorization, Cookie,
// API keys): nothing here ever puts a value into a message; only names, and for credentials only
// the Authorization scheme and the cookie names (the same rule capture follows in the browser).
import { authorizationScheme, cookieNames as cookieNamesOf } from '../core/capture/credentials.ts';
import { tokenClaims } from '../core/capture/jwt-claims.ts';
import { placeholderOf } from '../core/capture/placeholder.ts';
import { headerValues } from '../core/capture/headers.ts';
import type { Credentials } from '../core/observation.ts';
import { usageError } from './errors.ts';

export interface HeaderPair {
  name: string;
  value: string;
}

// RFC 9110 §5.1: a field name is a token.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 9110 §5.5: field content is visible ASCII, SP, HTAB and obs-text; CR, LF and NUL never.
const BAD_VALUE_CHAR = /[\0-\x08\x0a-\x1f\x7f]/;

/** Headers the CLI sets itself; letting the user set them would make the request lie about its framing. */
const RESERVED = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);

/** Parses one --header argument, "Name: value". `position` (1-based) names it in errors without its value. */
export function parseHeaderArg(raw: string, position: number): HeaderPair {
  const colon = raw.indexOf(':');
  if (colon <= 0) throw usageError('cli_error_header_no_colon', String(position));
  const name = raw.slice(0, colon).trim();
  if (!TOKEN.test(name)) throw usageError('cli_error_header_bad_name', String(position));
  if (RESERVED.has(name.toLowerCase())) throw usageError('cli_error_header_reserved', name);
  const value = raw.slice(colon + 1).trim();
  if (BAD_VALUE_CHAR.test(value)) throw usageError('cli_error_header_bad_value', name);
  return { name, value };
}

function lastValue(headers: readonly HeaderPair[], name: string): string | null {
  let found: string | null = null;
  for (const h of headers) if (h.name.toLowerCase() === name) found = h.value;
  return found;
}

/** Cookie names of every Cookie header given, read by the same rule capture uses in the browser. */
export function cookieNames(headers: readonly HeaderPair[]): string[] {
  return cookieNamesOf(headerValues(headers, 'cookie').join('; ') || null);
}

/** What an Observation may record of the credentials sent: schemes and names only. */
export function credentialsOf(headers: readonly HeaderPair[], forProxy: boolean): Credentials {
  const header = forProxy ? 'proxy-authorization' : 'authorization';
  const value = lastValue(headers, header);
  return {
    authorizationScheme: authorizationScheme(value),
    cookieNames: cookieNames(headers),
    // The CLI never retries on its own, so no cached credentials were replayed.
    browserRetried: 'no',
    // The same reductions the worker makes of what a page sent (src/core/capture): the kind of a
    // placeholder and a JWT's time, issuer, audience and scope claims; the value stays here.
    placeholder: placeholderOf(value),
    token: forProxy ? null : tokenClaims(value),
  };
}

/** True for headers that must not follow a redirect to another origin (as fetch and curl do). */
export function isCredentialHeader(name: string): boolean {
  const n = name.toLowerCase();
  return n === 'authorization' || n === 'cookie' || n === 'proxy-authorization';
}
