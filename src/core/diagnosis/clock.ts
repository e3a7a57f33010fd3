// How far this computer's clock is from a server's, read from one fresh response: its Date header
// (RFC 9110 §6.6.1: the time the origin generated the message) against the local time the headers
// arrived. Only a response made for this request says anything: one from the browser's cache, or
// one a cache kept for a while (an Age header above 0, RFC 9111 §5.1), carries an old Date.
import type { Observation, TokenClaims } from '../observation.ts';

/** Date has one-second precision and travels for a moment; below this the difference is noise. */
export const SKEW_POSSIBLE_MS = 2 * 60_000;
/** From here on a wrong clock is likely, not merely possible (causes.md: 2 min possible, 5 min likely). */
export const SKEW_LIKELY_MS = 5 * 60_000;
/** Dates further off than this are a broken header, not a clock (a server's Date of 1970, say). */
const SKEW_MAX_MS = 366 * 24 * 3600_000;

export interface ClockSkew {
  /** Local minus server, in milliseconds: above 0 this computer is ahead, below 0 it is behind. */
  ms: number;
  /** The Date header as the server sent it, to show. */
  serverDate: string;
}

/** The skew seen on one refusal, or null when its Date cannot tell (absent, unreadable, cached, aged). */
export function clockSkew(o: Observation): ClockSkew | null {
  const date = o.date?.trim();
  if (!date || o.fromCache) return null;
  const age = o.age?.trim();
  if (age !== undefined && age !== '' && age !== '0') return null;
  const server = Date.parse(date);
  if (Number.isNaN(server)) return null;
  const ms = o.time - server;
  return Math.abs(ms) > SKEW_MAX_MS ? null : { ms, serverDate: date };
}

/** Whole minutes of a skew or gap, rounded, never negative: the number the evidence shows. */
export function minutesOf(ms: number): number {
  return Math.round(Math.abs(ms) / 60_000);
}

/**
 * A JWT's time claims against the local clock when the request left (RFC 7519 §4.1.4–4.1.6, in
 * seconds). A token issued, or valid from, minutes after "now" was made by a clock ahead of this
 * one; an exp before "now" says it had run out.
 */
export interface ClaimTimes {
  /** Milliseconds the token's iat or nbf lies ahead of the local clock (the larger), or 0. */
  aheadMs: number;
  /** Which claim is ahead. */
  aheadClaim: 'iat' | 'nbf' | null;
  /** Milliseconds since exp by the local clock, or null when exp is absent or still ahead. */
  expiredMs: number | null;
}

export function claimTimes(claims: TokenClaims | null | undefined, at: number): ClaimTimes | null {
  if (!claims) return null;
  const ahead = (s: number | null) => (s === null ? 0 : s * 1000 - at);
  const iat = ahead(claims.iat);
  const nbf = ahead(claims.nbf);
  const aheadMs = Math.max(0, iat, nbf);
  const aheadClaim = aheadMs === 0 ? null : iat >= nbf ? 'iat' : 'nbf';
  const expiredMs = claims.exp === null || claims.exp * 1000 > at ? null : at - claims.exp * 1000;
  return { aheadMs, aheadClaim, expiredMs };
}
