// The names nearly every field uses, as constants: returning one of these instead of slicing and
// lowercasing spares an allocation and, for parameter names, the string-table lookup V8 makes
// before it can use a fresh string as a property key. Purely a speed-up; any other name is sliced.

const PARAM_NAMES = [
  'realm', 'charset', 'nonce', 'opaque', 'stale', 'algorithm', 'qop', 'domain', 'userhash',
  'scope', 'error', 'error_description', 'error_uri', 'service', 'resource', 'authorization_uri',
  'resource_metadata', 'algs', 'acr_values', 'max_age', 'title', 'type', 'client_id',
];
const SCHEMES = ['Basic', 'Bearer', 'Digest', 'Negotiate', 'NTLM', 'DPoP'];

function byLength(words: readonly string[]): (readonly string[])[] {
  const table: string[][] = [];
  for (const w of words) (table[w.length] ??= []).push(w);
  return table;
}

const paramTable = byLength(PARAM_NAMES);
const schemeTable = byLength(SCHEMES);

/** A constant equal to s.slice(start, end) when it is a common parameter name as sent, else null. */
export function knownParamName(s: string, start: number, end: number): string | null {
  const list = paramTable[end - start];
  if (list !== undefined) for (const w of list) if (s.startsWith(w, start)) return w;
  return null;
}

/** The same for the schemes nearly every server sends, spelled as their RFCs spell them. */
export function knownScheme(s: string, start: number, end: number): string | null {
  const list = schemeTable[end - start];
  if (list !== undefined) for (const w of list) if (s.startsWith(w, start)) return w;
  return null;
}

const lowerSchemes = new Map(SCHEMES.map((w) => [w, w.toLowerCase()]));
export function lowerKnownScheme(w: string): string {
  return lowerSchemes.get(w) ?? w.toLowerCase();
}
