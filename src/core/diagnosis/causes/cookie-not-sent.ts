// The browser holds a cookie of the site that the refused request did not carry. The cookies of
// the site (cookies.getAll, partitioned ones included) are compared with the names sent, and the
// rule that held each one back is named, checked in the order a browser applies them:
// - domain and path (RFC 6265 §5.1.3 domain-match, §5.1.4 path-match): it was never meant for this URL;
// - Secure on an http URL (rfc6265bis-12 §5.7.3, the retrieval algorithm: a secure-only cookie needs
//   a "secure" protocol, which Chrome and Firefox grant http://localhost too);
// - another partition (CHIPS: a Partitioned cookie goes only under the top-level site it was set under);
// - SameSite (the same retrieval algorithm): Strict never crosses sites, Lax only on a top-level
//   navigation with a safe method, and an unspecified SameSite is Lax in Chromium (Lax by default
//   since Chrome 80) but None in Firefox (its network.cookie.sameSite.laxByDefault is off);
// - third-party cookies blocked: SameSite=None and unpartitioned, requested from another site.
// Only names and attributes are read, never a value.
import { ev, type CauseDefinition } from '../cause.ts';
import type { DiagnosisContext } from '../context.ts';
import { parseUrl } from '../context.ts';
import type { Confidence, Evidence, SiteCookie, StepId } from '../types.ts';
import { registrableDomain } from '../../view/site.ts';

type Reason = 'domain' | 'path' | 'secure' | 'partition' | 'samesite' | 'third-party' | 'unknown';

const WEIGHT: Readonly<Record<Reason, { score: number; confidence: Confidence; steps: readonly StepId[] }>> = {
  samesite: { score: 80, confidence: 'high', steps: ['open-in-own-tab', 'owner-fix-cookies'] },
  'third-party': { score: 80, confidence: 'high', steps: ['open-in-own-tab', 'allow-site-cookies', 'owner-fix-cookies'] },
  partition: { score: 78, confidence: 'high', steps: ['open-in-own-tab', 'owner-fix-cookies'] },
  secure: { score: 76, confidence: 'high', steps: ['check-url', 'owner-fix-cookies'] },
  path: { score: 55, confidence: 'medium', steps: ['owner-fix-cookies', 'contact-owner'] },
  domain: { score: 46, confidence: 'low', steps: ['owner-fix-cookies', 'contact-owner'] },
  unknown: { score: 40, confidence: 'low', steps: ['reload', 'allow-site-cookies', 'owner-fix-cookies'] },
};

/** Schemeful site (scheme and registrable domain): the unit SameSite and partitions compare. */
function siteOf(raw: string | null | undefined): string | null {
  const u = parseUrl(raw);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return null;
  return `${u.protocol}//${registrableDomain(u.hostname)}`;
}

function domainMatches(c: SiteCookie, host: string): boolean {
  const d = c.domain.replace(/^\./, '').toLowerCase();
  return c.hostOnly ? host === d : host === d || host.endsWith(`.${d}`);
}

function pathMatches(cookiePath: string, path: string): boolean {
  if (cookiePath === path) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || path.charAt(cookiePath.length) === '/';
}

interface Held {
  cookie: SiteCookie;
  reason: Reason;
  evidence: Evidence;
}

function whyHeld(ctx: DiagnosisContext, url: URL, c: SiteCookie, context: string | null): Held {
  const id = ctx.focus.id;
  const host = url.hostname.toLowerCase();
  const held = (reason: Reason, evidence: Evidence): Held => ({ cookie: c, reason, evidence });
  if (!domainMatches(c, host)) return held('domain', ev('ev_cookie_domain', [c.name, c.domain, host], id));
  if (!pathMatches(c.path, url.pathname)) return held('path', ev('ev_cookie_path', [c.name, c.path, url.pathname], id));
  if (c.secure && url.protocol === 'http:' && host !== 'localhost') return held('secure', ev('ev_cookie_secure_http', [c.name], id));
  const here = siteOf(url.href);
  if (c.partitionTopLevelSite !== null && context !== null && siteOf(c.partitionTopLevelSite) !== context) {
    return held('partition', ev('ev_cookie_partition', [c.name, c.partitionTopLevelSite, context], id));
  }
  const cross = context !== null && here !== null && context !== here;
  if (cross) {
    const topNavigation = ctx.focus.type === 'main_frame' && ctx.focus.frameId === 0;
    const safeNavigation = topNavigation && ctx.focus.method.toUpperCase() === 'GET';
    const lax = c.sameSite === 'lax' || (c.sameSite === 'unspecified' && ctx.input.family !== 'firefox');
    if (c.sameSite === 'strict' || (lax && !safeNavigation)) {
      const which = c.sameSite === 'unspecified' ? 'ev_cookie_samesite_default' : c.sameSite === 'strict' ? 'ev_cookie_samesite_strict' : 'ev_cookie_samesite_lax';
      return held('samesite', ev(which, [c.name, context], id));
    }
    // A top-level page is first-party by definition: third-party blocking is for frames and fetches.
    if (!topNavigation && c.partitionTopLevelSite === null) return held('third-party', ev('ev_cookie_third_party', [c.name, context], id));
  }
  return held('unknown', ev('ev_cookie_reason_unknown', [c.name], id));
}

export const cookieNotSent: CauseDefinition = {
  id: 'cookie-not-sent',
  steps: WEIGHT.unknown.steps,
  detect(ctx) {
    const cookies = ctx.input.siteCookies ?? [];
    const url = ctx.url;
    if (ctx.isProxy || ctx.focus.status !== 401 || ctx.presence === 'not-seen' || url === null || cookies.length === 0) return null;
    const sent = new Set(ctx.sent.cookies);
    const missing = cookies.filter((c) => !sent.has(c.name));
    if (missing.length === 0) return null;
    // The site the request was made from: the top document's for a frame or fetch, the page that
    // started a navigation for a top-level one (null for a typed address: same-site by definition).
    const context = siteOf(ctx.focus.topOrigin ?? ctx.focus.initiator ?? null);
    const held = missing.map((c) => whyHeld(ctx, url, c, context));
    const best = held.reduce((a, b) => (WEIGHT[b.reason].score > WEIGHT[a.reason].score ? b : a));
    const w = WEIGHT[best.reason];
    const names = [...new Set(missing.map((c) => c.name))].slice(0, 6).join(', ');
    const evidence: Evidence[] = [ev('ev_cookie_held_not_sent', [names], ctx.focus.id), best.evidence];
    for (const h of held) if (h !== best && h.reason === best.reason && evidence.length < 5) evidence.push(h.evidence);
    return { score: w.score, confidence: w.confidence, evidence, steps: [...w.steps] };
  },
};
