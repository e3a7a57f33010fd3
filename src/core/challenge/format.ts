// Prints challenges back in one canonical form, for the report the user copies.
import { TCHAR, charClass } from './chars.ts';
import type { Challenge } from './types.ts';

// RFC 7616 §3.3 gives these as bare tokens (algorithm=SHA-256, stale=true); every other value
// is quoted, which RFC 9110 §11.5 requires of realm and every parser accepts for the rest.
const BARE_TOKEN_PARAMS = new Set(['algorithm', 'stale', 'userhash']);

export function formatChallenges(challenges: readonly Challenge[]): string {
  return challenges.map(formatChallenge).join(', ');
}

export function formatChallenge(c: Challenge): string {
  const scheme = c.rawScheme || c.scheme;
  if (c.token68 !== null) return `${scheme} ${c.token68}`;
  const parts: string[] = [];
  for (const name of Object.keys(c.params)) {
    const value = c.params[name]!;
    parts.push(`${name}=${BARE_TOKEN_PARAMS.has(name) && isToken(value) ? value : quote(value)}`);
  }
  return parts.length > 0 ? `${scheme} ${parts.join(', ')}` : scheme;
}

function isToken(v: string): boolean {
  if (v === '') return false;
  for (let i = 0; i < v.length; i++) if (!(charClass(v.charCodeAt(i)) & TCHAR)) return false;
  return true;
}

function quote(v: string): string {
  return `"${v.replace(/["\\]/g, '\\$&')}"`;
}
