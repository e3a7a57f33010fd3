// The report leaves the browser (pasted into mail, tickets, chats), so everything in it is masked
// again here, whatever capture already did: URLs through maskUrl, challenge token68 values and
// secret-named parameters replaced, JWT-looking strings removed. Defence in depth, never trust.
import type { Challenge } from '../challenge/index.ts';
import { isSecretName, maskUrl, MASK } from '../url/mask.ts';

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;
// Three base64url parts with a JWT-style header, or any long unbroken base64/hex run.
const JWT = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*)?/g;
const LONG_OPAQUE = /[A-Za-z0-9+/_-]{48,}={0,2}/g;

/** Masks every URL, JWT and long opaque string inside free text. */
export function scrubText(text: string): string {
  return text.replace(URL_IN_TEXT, (u) => maskUrl(u)).replace(JWT, MASK).replace(LONG_OPAQUE, MASK);
}

/** A parameter value as it may be shown: secret-named ones masked, URLs masked. */
export function shownParam(name: string, value: string): string {
  if (isSecretName(name)) return MASK;
  return scrubText(value);
}

/** The raw field line with every token68 and secret parameter value of its challenges masked. */
export function maskRawLine(line: string, challenges: readonly Challenge[]): string {
  let out = line;
  for (const c of challenges) {
    if (c.token68) out = out.split(c.token68).join(MASK);
    for (const [name, value] of Object.entries(c.params)) {
      if (value !== '' && isSecretName(name)) out = out.split(value).join(MASK);
    }
  }
  return scrubText(out);
}
