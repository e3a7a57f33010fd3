// A restriction of the network or country the visitor is in; it cannot be observed directly, so it
// is named only when the page says so or IIS denies the address (401.503), next to client-denied.
import { ev, findings, iisEvidence, type CauseDefinition } from '../cause.ts';

export const networkRestriction: CauseDefinition = {
  id: 'network-restriction',
  steps: ['try-other-network', 'contact-owner'],
  detect(ctx) {
    const id = ctx.focus.id;
    const found = findings();
    // Only the page naming the region makes it more than a guess; the other signs stay 'low'.
    if (ctx.pageSignals.includes('region-blocked')) found.add(60, 'medium', ev('ev_page_region_blocked', [], id));
    if (ctx.pageSignals.includes('ip-blocked')) found.add(45, 'low', ev('ev_page_ip_blocked', [], id));
    const iis = iisEvidence(ctx, ['503']);
    if (iis) found.add(40, 'low', iis);
    return found.result();
  },
};
