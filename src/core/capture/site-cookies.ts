// The site's cookies as the browser holds them, reduced to what the cookie-not-sent cause compares
// with the names a refused request carried (issue 11): name and the attributes that decide whether
// the browser sends a cookie (RFC 6265bis §5.8.3: domain, host-only, path, Secure, SameSite, and
// the CHIPS partition). Never the value.
import type { SiteCookie } from '../diagnosis/types.ts';

/** The shape both browsers' cookies API returns, narrowed to what is read (the value is not). */
export interface BrowserCookie {
  name: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  sameSite?: string;
  partitionKey?: { topLevelSite?: string } | null;
}

const SAME_SITE: ReadonlySet<string> = new Set(['no_restriction', 'lax', 'strict', 'unspecified']);

export function toSiteCookie(c: BrowserCookie): SiteCookie {
  return {
    name: c.name,
    domain: c.domain,
    hostOnly: c.hostOnly,
    path: c.path,
    secure: c.secure,
    sameSite: (c.sameSite !== undefined && SAME_SITE.has(c.sameSite) ? c.sameSite : 'unspecified') as SiteCookie['sameSite'],
    partitionTopLevelSite: c.partitionKey?.topLevelSite ?? null,
  };
}

const IP = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/**
 * The domains to ask the cookies API for so that every cookie that could apply to `host` is found,
 * whatever its path or Secure flag: the host and each parent with at least two labels (a query by
 * `domain` returns that domain and its subdomains; a query by URL would leave out the cookies that
 * this very URL does not get, which are the ones the diagnosis looks for).
 */
export function cookieQueryDomains(host: string): string[] {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (IP.test(h) || !h.includes('.')) return [h];
  const labels = h.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/** RFC 6265bis §5.1.3 domain-match of the cookie's domain against the request host. */
export function domainApplies(c: Pick<SiteCookie, 'domain' | 'hostOnly'>, host: string): boolean {
  const d = c.domain.toLowerCase().replace(/^\./, '');
  const h = host.toLowerCase();
  if (c.hostOnly) return d === h;
  return d === h || (h.endsWith(`.${d}`) && !IP.test(h));
}

const keyOf = (c: SiteCookie) => `${c.domain}|${c.path}|${c.name}|${c.partitionTopLevelSite ?? ''}`;

/** The cookies that could apply to `host`, each once, in the order found. */
export function siteCookiesOf(found: readonly BrowserCookie[], host: string): SiteCookie[] {
  const seen = new Map<string, SiteCookie>();
  for (const raw of found) {
    const c = toSiteCookie(raw);
    if (domainApplies(c, host) && !seen.has(keyOf(c))) seen.set(keyOf(c), c);
  }
  return [...seen.values()];
}

/** The names alone, for DiagnosisInput.siteCookieNames (read by the causes written before the attributes). */
export function siteCookieNames(cookies: readonly SiteCookie[] | null): string[] | null {
  return cookies === null ? null : [...new Set(cookies.map((c) => c.name))];
}
