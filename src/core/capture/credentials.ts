// What a request carried, reduced to what may be stored: the auth scheme and cookie names.
// Values never leave this file; RFC 9110 §11.6.2 (credentials = auth-scheme [ token68 / params ]).
import type { HttpHeader } from './details.ts';
import { firstHeader } from './headers.ts';

/** The scheme token of an Authorization value ("Bearer abc" → "Bearer"), or null when there is none. */
export function authorizationScheme(value: string | null): string | null {
  if (value === null) return null;
  const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)/.exec(value);
  return m ? m[1]! : null;
}

/** The names of the cookies of a Cookie header (RFC 6265 §5.4: "name=value; name2=value2"), deduplicated, in order. */
export function cookieNames(header: string | null): string[] {
  if (!header) return [];
  const names: string[] = [];
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    // A pair without "=" is a nameless cookie in RFC 6265bis §5.6: its text is a value, so it is skipped.
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

export interface SentCredentials {
  authorizationScheme: string | null;
  cookieNames: string[];
}

/** `proxy` reads Proxy-Authorization instead: a 407 answers the proxy's credentials, not the site's. */
export function sentCredentials(requestHeaders: readonly HttpHeader[] | undefined, proxy = false): SentCredentials {
  return {
    authorizationScheme: authorizationScheme(firstHeader(requestHeaders, proxy ? 'Proxy-Authorization' : 'Authorization')),
    cookieNames: cookieNames(firstHeader(requestHeaders, 'Cookie')),
  };
}
