// What a Bearer JWT says about itself, read by the worker the moment the refusal is recorded
// (issue 11 §6): exp, nbf, iat, iss, aud and scope, and nothing else. RFC 7519 §4.1 defines the
// claims; RFC 7515 §7.1 the compact form (three base64url parts, header.payload.signature). The
// signature and every other claim (sub, email, names, custom data) are never copied out of this
// function: the result is built field by field from the names below.
import type { TokenClaims } from '../observation.ts';

/** Past this a header value is not a token a page would send (and decoding it would cost). */
const MAX_TOKEN_CHARS = 16_384;
const MAX_TEXT = 256;
const MAX_AUDIENCES = 10;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function decodeSegment(segment: string): unknown {
  if (!BASE64URL.test(segment)) return undefined;
  const b64 = segment.replaceAll('-', '+').replaceAll('_', '/');
  try {
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const time = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const text = (x: unknown): string | null => (typeof x === 'string' ? x.slice(0, MAX_TEXT) : null);

/** `scope` is a space-separated string (RFC 8693 §4.2); some servers send an array of them. */
function scopeOf(x: unknown): string | null {
  if (typeof x === 'string') return x.slice(0, MAX_TEXT);
  if (Array.isArray(x) && x.every((s) => typeof s === 'string')) return x.join(' ').slice(0, MAX_TEXT);
  return null;
}

/** `aud` is one string or an array of them (RFC 7519 §4.1.3). */
function audiences(x: unknown): string[] {
  const list = typeof x === 'string' ? [x] : Array.isArray(x) ? x.filter((a): a is string => typeof a === 'string') : [];
  return list.slice(0, MAX_AUDIENCES).map((a) => a.slice(0, MAX_TEXT));
}

/**
 * The kept claims of a Bearer JWT in an Authorization value; null when the value is not a Bearer
 * credential in JWS compact form with a JSON object as header and payload (an opaque token, a
 * JWE with five parts, garbage).
 */
export function tokenClaims(authorization: string | null | undefined): TokenClaims | null {
  if (!authorization || authorization.length > MAX_TOKEN_CHARS) return null;
  const m = /^\s*bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)\s*$/i.exec(authorization);
  if (!m) return null;
  const header = decodeSegment(m[1]!);
  if (!isObject(header) || typeof header.alg !== 'string') return null;
  const payload = decodeSegment(m[2]!);
  if (!isObject(payload)) return null;
  return {
    exp: time(payload.exp),
    nbf: time(payload.nbf),
    iat: time(payload.iat),
    iss: text(payload.iss),
    aud: audiences(payload.aud),
    scope: scopeOf(payload.scope),
  };
}
