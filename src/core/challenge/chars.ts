// Character classes of RFC 9110 as a lookup table: one array read per character keeps the
// scanner linear and cheap, where a regex per token would allocate.

/** tchar (RFC 9110 §5.6.2). */
export const TCHAR = 1;
/** The token68 characters before its "=" padding (RFC 9110 §11.2). */
export const T68 = 2;

const table = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) table[c] = TCHAR | T68;
for (let c = 0x41; c <= 0x5a; c++) table[c] = TCHAR | T68;
for (let c = 0x61; c <= 0x7a; c++) table[c] = TCHAR | T68;
for (const ch of "!#$%&'*^`|") table[ch.charCodeAt(0)] = TCHAR;
for (const ch of '-._~+') table[ch.charCodeAt(0)] = TCHAR | T68;
table['/'.charCodeAt(0)] = T68;

export function charClass(code: number): number {
  return code < 128 ? table[code]! : 0;
}

export const SP = 0x20;
export const HTAB = 0x09;
export const COMMA = 0x2c;
export const EQUALS = 0x3d;
export const DQUOTE = 0x22;
export const BACKSLASH = 0x5c;

/** CTL (RFC 5234 B.1) other than HTAB, which HTTP allows as whitespace. */
export function isControl(code: number): boolean {
  return (code < 0x20 && code !== HTAB) || code === 0x7f;
}

/** "U+000A" for an error message: a control character cannot be shown as itself. */
export function codePointLabel(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
}
