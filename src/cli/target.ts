// Checks the URL the user gave before anything goes on the wire. Credentials in it
// (user:pass@host) are sent the way curl sends them, as Basic (RFC 7617 §2), and never printed:
// everything shown goes through maskUrl.
import { CliFailure } from './errors.ts';
import type { HeaderPair } from './headers.ts';

export interface Target {
  /** What goes on the wire: the URL without its userinfo. */
  url: URL;
  /** The URL as given, for maskUrl (it must still see the userinfo to report it, masked). */
  given: string;
  /** An Authorization header made from the userinfo, when there was one and none was given. */
  authorization: HeaderPair | null;
}

export function parseTarget(raw: string, headers: readonly HeaderPair[]): Target {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliFailure('bad-url', { id: 'cli_error_bad_url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliFailure('bad-url', { id: 'cli_error_bad_url_scheme', subs: [url.protocol.replace(/:$/, '')] });
  }
  let authorization: HeaderPair | null = null;
  if (url.username || url.password) {
    const given = headers.some((h) => h.name.toLowerCase() === 'authorization');
    if (!given) {
      const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
      authorization = { name: 'Authorization', value: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` };
    }
    url = new URL(url.href);
    url.username = '';
    url.password = '';
  }
  return { url, given: raw, authorization };
}

export function parseProxy(raw: string | null): URL | null {
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliFailure('bad-url', { id: 'cli_error_bad_proxy' });
  }
  // Only plain-http proxies: a TLS connection to the proxy itself is rare and would need its own code.
  if (url.protocol !== 'http:') throw new CliFailure('bad-url', { id: 'cli_error_bad_proxy' });
  return url;
}
