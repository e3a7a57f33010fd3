// The one place the diagnosis meets the challenge parser (src/core/challenge), so a change of its
// API touches this file only. Adds what the causes ask of a challenge: RFC 6750 §3 error fields.
import { parseChallenges } from '../challenge/index.ts';
import type { Challenge } from '../challenge/index.ts';

export type { Challenge };

export interface ParsedField {
  challenges: Challenge[];
  /** How many grammar departures the parser reported. */
  errorCount: number;
}

export function parseField(lines: readonly string[]): ParsedField {
  if (lines.length === 0) return { challenges: [], errorCount: 0 };
  const { challenges, errors } = parseChallenges(lines);
  return { challenges, errorCount: errors.length };
}

/** The error fields of a Bearer (RFC 6750 §3) or DPoP (RFC 9449 §7.1) challenge, when it has any. */
export interface TokenError {
  scheme: string;
  error: string | null;
  description: string | null;
  scope: string | null;
  /** RFC 9470 §3: the authentication context the resource wants. */
  acrValues: string | null;
  maxAge: string | null;
}

const TOKEN_SCHEMES = new Set(['bearer', 'dpop']);

export function tokenError(challenges: readonly Challenge[]): TokenError | null {
  const c = challenges.find((ch) => TOKEN_SCHEMES.has(ch.scheme) && (ch.params['error'] !== undefined || ch.params['acr_values'] !== undefined || ch.params['max_age'] !== undefined));
  if (!c) return null;
  const p = (name: string) => c.params[name] ?? null;
  return {
    scheme: c.rawScheme,
    error: p('error'),
    description: p('error_description'),
    scope: p('scope'),
    acrValues: p('acr_values'),
    maxAge: p('max_age'),
  };
}

/** First challenge's scheme and realm, to name in evidence ("the site asked for Basic, realm …"). */
export function firstSchemeAndRealm(challenges: readonly Challenge[]): { scheme: string; realm: string | null } | null {
  const c = challenges[0];
  return c ? { scheme: c.rawScheme, realm: c.params['realm'] ?? null } : null;
}
