// A 407 comes from a proxy between the browser and the site (RFC 9110 §15.5.8), not from the site:
// the network's proxy wants its own credentials.
import { ev, type CauseDefinition } from '../cause.ts';
import { firstSchemeAndRealm } from '../challenges.ts';
import type { Evidence } from '../types.ts';

export const proxyAuth: CauseDefinition = {
  id: 'proxy-auth',
  steps: ['check-proxy', 'try-other-network', 'contact-owner'],
  detect(ctx) {
    if (!ctx.isProxy) return null;
    const id = ctx.focus.id;
    const evidence: Evidence[] = [];
    if (ctx.focus.status === 407) evidence.push(ev('ev_proxy_407', [], id));
    const first = firstSchemeAndRealm(ctx.proxy.challenges);
    if (first) evidence.push(first.realm ? ev('ev_proxy_challenge_realm', [first.scheme, first.realm], id) : ev('ev_proxy_challenge', [first.scheme], id));
    if (ctx.focus.authRequired.some((a) => a.isProxy)) evidence.push(ev('ev_proxy_auth_event', [], id));
    return { score: 95, confidence: 'high', evidence };
  },
};
