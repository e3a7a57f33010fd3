// The site refuses this client, not these credentials: IIS IP restrictions (401.503 address,
// 401.504 host name), an error page that says the address or the account is banned.
import { ev, type CauseDefinition } from '../cause.ts';
import { sentAnything } from '../context.ts';
import { iisMessageId } from '../../servers/iis.ts';
import type { Confidence, Evidence } from '../types.ts';

export const clientDenied: CauseDefinition = {
  id: 'client-denied',
  steps: ['try-other-network', 'contact-owner', 'copy-report'],
  detect(ctx) {
    const id = ctx.focus.id;
    const evidence: Evidence[] = [];
    let score = 0;
    let confidence: Confidence = 'low';
    const raise = (s: number, c: Confidence) => {
      if (s > score) {
        score = s;
        confidence = c;
      }
    };
    const sub = ctx.server.iis;
    if (sub === '503' || sub === '504') {
      raise(88, 'high');
      evidence.push(ev(iisMessageId(sub), [], id));
    }
    if (ctx.pageSignals.includes('ip-blocked')) {
      raise(66, 'medium');
      evidence.push(ev('ev_page_ip_blocked', [], id));
    }
    if (ctx.pageSignals.includes('account-banned')) {
      raise(64, 'medium');
      evidence.push(ev('ev_page_account_banned', [], id));
    }
    // Fresh credentials refused again and again: consistent with a ban, though not proof of one.
    const refusals = ctx.sameSite.filter((o) => o.status === 401).length;
    if (ctx.attempts.has('relogin') && sentAnything(ctx) && refusals >= 3) {
      raise(40, 'low');
      evidence.push(ev('ev_refused_after_relogin', [String(refusals)]));
    }
    return score === 0 ? null : { score, confidence, evidence };
  },
};
