// "Copy as curl" (issue 13): the refused request as a command the site's owner or a developer can
// run, with every credential replaced by a placeholder. Only what capture keeps goes in: the
// method, the masked URL, the scheme of Authorization and the cookie names, never a value (capture
// never had one; the URL is masked again here, so a record from elsewhere cannot leak one either).
import type { Message } from '../diagnosis/types.ts';
import type { Observation } from '../observation.ts';
import { maskUrl } from '../url/mask.ts';

export interface CurlCommand {
  command: string;
  /** Said next to the command: what it could not include. */
  note: Message | null;
}

// RFC 9110 §5.6.2: an auth-scheme and a cookie name (RFC 6265 §4.1.1) are tokens. Anything else
// was not read from a real header, so it is left out rather than quoted into a shell.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** POSIX shell single quotes: nothing inside is special but the quote itself. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The placeholder a person replaces: what goes after the scheme (RFC 7617 §2, RFC 6750 §2.1). */
function credentialPlaceholder(scheme: string): string {
  switch (scheme.toLowerCase()) {
    case 'basic':
      return '<base64 of user:password>';
    case 'bearer':
    case 'dpop':
      return '<token>';
    default:
      return '<credentials>';
  }
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

export function curlCommand(o: Observation): CurlCommand {
  const method = o.method.toUpperCase();
  const parts = ['curl', '-i'];
  if (method === 'HEAD') parts.push('-I');
  else if (method !== 'GET' && TOKEN.test(method)) parts.push('-X', method);
  parts.push(shellQuote(maskUrl(o.url)));

  const proxy = o.status === 407;
  const seen = o.credentials.requestSeen !== false;
  const scheme = o.credentials.authorizationScheme;
  if (proxy) parts.push('--proxy', shellQuote('<proxy URL>'));
  if (scheme !== null && TOKEN.test(scheme)) {
    // A 407's credentials were the proxy's (Proxy-Authorization, RFC 9110 §11.7.2); curl sends
    // --proxy-header to the proxy only, where -H would go to the site as well.
    const header = `${proxy ? 'Proxy-Authorization' : 'Authorization'}: ${scheme} ${credentialPlaceholder(scheme)}`;
    parts.push(proxy ? '--proxy-header' : '-H', shellQuote(header));
  }
  const names = o.credentials.cookieNames.filter((n) => TOKEN.test(n));
  if (names.length > 0) parts.push('-H', shellQuote(`Cookie: ${names.map((n) => `${n}=<value>`).join('; ')}`));
  if (BODY_METHODS.has(method)) parts.push('--data', shellQuote('<body>'));

  let note: Message | null = null;
  if (!seen) note = { id: 'curl_note_not_seen' };
  else if (BODY_METHODS.has(method)) note = { id: 'curl_note_body' };
  return { command: parts.join(' '), note };
}
