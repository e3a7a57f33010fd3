// Follows redirects by hand, so the chain is known (the url-mistake cause reads it: a 401 reached
// through a redirect is often an outdated link). Mirrors what browsers do: 301/302/303 turn a POST
// into a GET without body, 307/308 keep both (RFC 9110 §15.4); credentials never follow a redirect
// to another origin (as fetch and curl do), so a token given for one site never reaches another.
import { CliFailure } from './errors.ts';
import { isCredentialHeader, type HeaderPair } from './headers.ts';
import { exchange, type Exchange, type ExchangeRequest } from './request.ts';

export const MAX_REDIRECTS = 10;

export interface Hop {
  url: URL;
  status: number;
  location: string;
}

export interface FetchResult {
  final: Exchange;
  finalUrl: URL;
  /** The method of the final request (a 303 turns it into GET). */
  method: string;
  /** The headers sent with the final request (credentials dropped after a cross-origin hop). */
  sentHeaders: HeaderPair[];
  hops: Hop[];
}

/** The first request of the chain; each hop sends one like it. */
export type FetchOptions = ExchangeRequest;

function locationOf(ex: Exchange): string | null {
  return ex.headers.find((h) => h.name.toLowerCase() === 'location')?.value ?? null;
}

export async function fetchFollowing(opts: FetchOptions): Promise<FetchResult> {
  let url = opts.url;
  let method = opts.method;
  let body = opts.body;
  let headers = [...opts.headers];
  const hops: Hop[] = [];
  for (;;) {
    const ex = await exchange({ url, method, headers, body, proxy: opts.proxy, signal: opts.signal });
    const location = ex.fromProxy ? null : locationOf(ex);
    const isRedirect = [301, 302, 303, 307, 308].includes(ex.status);
    let next: URL | null = null;
    if (isRedirect && location !== null) {
      try {
        next = new URL(location, url);
      } catch {
        next = null;
      }
    }
    if (next === null || (next.protocol !== 'http:' && next.protocol !== 'https:')) {
      return { final: ex, finalUrl: url, method, sentHeaders: headers, hops };
    }
    hops.push({ url, status: ex.status, location: next.href });
    if (hops.length > MAX_REDIRECTS) throw new CliFailure('too-many-redirects', { id: 'cli_error_too_many_redirects', subs: [String(MAX_REDIRECTS)] });
    if (next.origin !== url.origin) headers = headers.filter((h) => !isCredentialHeader(h.name) || h.name.toLowerCase() === 'proxy-authorization');
    if (ex.status === 303 || ((ex.status === 301 || ex.status === 302) && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      body = null;
      headers = headers.filter((h) => h.name.toLowerCase() !== 'content-type');
    }
    url = next;
  }
}
