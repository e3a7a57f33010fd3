// A front-end bug that sends a placeholder instead of a token: `Authorization: Bearer undefined`
// from a template string over a variable that was never set, `[object Object]` from an object
// passed where a string was wanted, an empty value from a missing environment variable (issue 11,
// placeholder-token). Only the kind is kept; the value is compared here and never leaves.
import type { Credentials } from '../observation.ts';

export type Placeholder = NonNullable<Credentials['placeholder']>;

/** What JavaScript prints for a value that is not a token (String(undefined), String({}), …). */
const LITERALS: ReadonlyMap<string, Placeholder> = new Map([
  ['undefined', 'undefined'],
  ['null', 'null'],
  ['[object object]', 'object'],
  ['nan', 'nan'],
  ['""', 'empty'],
  ["''", 'empty'],
]);

/** The credentials after the scheme (RFC 9110 §11.6.2: credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]). */
const SCHEME = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s+([\s\S]*))?$/;

/**
 * The placeholder kind of an Authorization value, or null when it looks like a real credential.
 * Matches the value itself (`undefined`) and the credentials after a scheme (`Bearer undefined`,
 * `Bearer [object Object]`, `Bearer ` with nothing after it), case-insensitively.
 */
export function placeholderOf(value: string | null | undefined): Placeholder | null {
  if (value === null || value === undefined) return null;
  const whole = value.trim();
  if (whole === '') return 'empty';
  const direct = LITERALS.get(whole.toLowerCase());
  if (direct) return direct;
  const m = SCHEME.exec(whole);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  if (rest === '') return 'empty';
  return LITERALS.get(rest.toLowerCase()) ?? null;
}
