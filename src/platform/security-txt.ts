// The site owner's published contact (RFC 9116 security.txt). Fetched only when the user asks,
// so opening the popup never sends a request to the site.

export interface SecurityTxt {
  /** Where it was found. */
  url: string;
  /** Contact URIs in the order given (mailto:, https:, tel:), RFC 9116 §2.5.3. */
  contacts: string[];
  /** RFC 9116 §2.5.7: the disclosure policy page, when given. */
  policy: string | null;
}

const SAFE_SCHEME = /^(mailto:|https?:\/\/|tel:)/i;

/** Pure. Field names are case-insensitive (RFC 9116 §2.4); comments start with "#". */
export function parseSecurityTxt(text: string, url: string): SecurityTxt {
  const contacts: string[] = [];
  let policy: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('-----')) continue;
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    // Only schemes a click may open: a "javascript:" contact must never become a link.
    if (!SAFE_SCHEME.test(value)) continue;
    if (name === 'contact' && !contacts.includes(value)) contacts.push(value);
    if (name === 'policy' && policy === null) policy = value;
  }
  return { url, contacts, policy };
}

/** RFC 9116 §3: /.well-known/security.txt first, the legacy top-level path second. */
export async function fetchSecurityTxt(origin: string, timeoutMs = 5000): Promise<SecurityTxt | null> {
  for (const path of ['/.well-known/security.txt', '/security.txt']) {
    const url = `${origin}${path}`;
    try {
      const res = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      const type = res.headers.get('content-type') ?? '';
      if (!res.ok || !type.startsWith('text/plain')) continue;
      const found = parseSecurityTxt((await res.text()).slice(0, 32_000), url);
      if (found.contacts.length > 0) return found;
    } catch {
      // Unreachable or timed out: try the next place, then report nothing found.
    }
  }
  return null;
}
