// A restriction of the network or country the visitor is in; it cannot be observed directly, so it
// is named only when the page says so or IIS denies the address (401.503), next to client-denied.
import { ev, type CauseDefinition } from '../cause.ts';
import { iisMessageId } from '../../servers/iis.ts';
import type { Confidence, Evidence } from '../types.ts';

export const networkRestriction: CauseDefinition = {
  id: 'network-restriction',
  steps: ['try-other-network', 'contact-owner'],
  detect(ctx) {
    const id = ctx.focus.id;
    const evidence: Evidence[] = [];
    let score = 0;
    let confidence: Confidence = 'low';
    if (ctx.pageSignals.includes('region-blocked')) {
      score = 60;
      confidence = 'medium';
      evidence.push(ev('ev_page_region_blocked', [], id));
    }
    if (ctx.pageSignals.includes('ip-blocked')) {
      score = Math.max(score, 45);
      evidence.push(ev('ev_page_ip_blocked', [], id));
    }
    if (ctx.server.iis === '503') {
      score = Math.max(score, 40);
      evidence.push(ev(iisMessageId('503'), [], id));
    }
    return score === 0 ? null : { score, confidence, evidence };
  },
};
