// The scope of "this site": the origins whose storage is cleared and the registrable domain whose
// cookies go with them (cookies ignore ports and schemes and may be shared by subdomains,
// RFC 6265 §5.1.3 and §8.5). Without the full Public Suffix List the domain is found with the
// multi-label suffixes people actually meet; a rarer suffix errs toward the longer, narrower name.

/** What "this site" covers: the same shape src/platform/site-data.ts clears. */
export interface SiteScope {
  /** Exact origins whose storage and cache are cleared, e.g. https://a.example.com. */
  origins: string[];
  /** The registrable domain whose cookies are cleared, e.g. example.com (the host for IPs). */
  domain: string;
}

const TWO_LABEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au',
  'co.nz', 'org.nz', 'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'co.kr', 'or.kr',
  'com.br', 'net.br', 'org.br', 'com.cn', 'net.cn', 'org.cn', 'com.tw', 'com.hk', 'com.sg',
  'co.in', 'net.in', 'org.in', 'co.za', 'com.mx', 'com.ar', 'com.tr', 'co.il', 'com.ua', 'org.ua',
  'msk.ru', 'spb.ru', 'com.ru', 'net.ru', 'org.ru', 'co.id', 'com.my', 'com.ph', 'com.vn',
  // Hosting suffixes where every subdomain is a different owner (PSL private section).
  'github.io', 'gitlab.io', 'herokuapp.com', 'vercel.app', 'netlify.app', 'pages.dev', 'workers.dev',
  'web.app', 'firebaseapp.com', 'azurewebsites.net', 'cloudfront.net', 'appspot.com', 'blogspot.com',
]);

function isIp(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[') || host.includes(':');
}

export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (isIp(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const lastTwo = labels.slice(-2).join('.');
  return TWO_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/**
 * The page's origin, plus the same host over the other scheme on its default port: a site
 * moved to https still has its http leftovers, and clearing one without the other would not help.
 */
export function siteScope(url: string): SiteScope | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const variants = [u.origin, `https://${u.host.replace(/:\d+$/, '')}`, `http://${u.host.replace(/:\d+$/, '')}`];
  return { origins: [...new Set(variants.map((o) => new URL(o).origin))], domain: registrableDomain(u.hostname) };
}
