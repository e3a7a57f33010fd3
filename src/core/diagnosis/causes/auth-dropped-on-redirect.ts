// The page sent Authorization, a redirect led to another origin, and the browser removed the
// header there, as the Fetch standard requires (HTTP-redirect fetch: "if request's current URL's
// origin is not same origin with locationURL's origin, then for each headerName of CORS
// non-wildcard request-header name, delete headerName from request's header list"; the only such
// name is Authorization). Chrome does so since 119, Firefox since 111. The new origin then refused
// a request that carried nothing. Only the scheme on each hop is known, never a value.
import { ev, type CauseDefinition } from '../cause.ts';
import { parseUrl } from '../context.ts';
import type { Hop } from '../../observation.ts';
import type { Evidence } from '../types.ts';

function origin(raw: string): string | null {
  const u = parseUrl(raw);
  return u ? u.origin : null;
}

function hopEvidence(hop: Hop, n: number): Evidence {
  if (!hop.requestSeen) return ev('ev_hop_not_seen', [String(n), String(hop.status), hop.url]);
  return hop.authorizationScheme !== null
    ? ev('ev_hop_with_auth', [String(n), String(hop.status), hop.url, hop.authorizationScheme])
    : ev('ev_hop_without_auth', [String(n), String(hop.status), hop.url]);
}

export const authDroppedOnRedirect: CauseDefinition = {
  id: 'auth-dropped-on-redirect',
  steps: ['contact-owner', 'copy-report', 'owner-fix-redirect'],
  detect(ctx) {
    const f = ctx.focus;
    const hops = f.hops ?? [];
    if (f.status !== 401 || hops.length === 0 || ctx.presence === 'not-seen' || ctx.sent.authorization !== null) return null;
    const carried = hops.findIndex((h) => h.requestSeen && h.authorizationScheme !== null);
    if (carried < 0) return null;
    const from = origin(hops[carried]!.url);
    const to = origin(f.url);
    // The header goes when the origin changes at any later step, even if it comes back to the first.
    const later = [...hops.slice(carried + 1).map((h) => h.url), f.url].map(origin);
    if (from === null || to === null || !later.some((o) => o !== null && o !== from)) return null;
    const evidence: Evidence[] = [ev('ev_auth_dropped_on_redirect', [hops[carried]!.authorizationScheme!, from, to], f.id)];
    hops.forEach((h, i) => evidence.push(hopEvidence(h, i + 1)));
    evidence.push(ev('ev_hop_refused_without_auth', [String(hops.length + 1), String(f.status), f.url], f.id));
    return { score: 86, confidence: 'high', evidence };
  },
};
