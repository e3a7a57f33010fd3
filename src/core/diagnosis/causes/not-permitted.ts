// Signed in, but not allowed: a token without the scope the call needs (RFC 6750 §3.1
// insufficient_scope, which belongs with 403), an account locked or deactivated, or a refusal
// that survives a fresh sign-in. Only the site's owner can grant access.
import { ev, type CauseDefinition } from '../cause.ts';
import { sentAnything } from '../context.ts';
import type { Confidence, Evidence } from '../types.ts';

export const notPermitted: CauseDefinition = {
  id: 'not-permitted',
  steps: ['contact-owner', 'copy-report', 'relogin'],
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
    if (ctx.token?.error === 'insufficient_scope') {
      raise(82, 'high');
      evidence.push(ev('ev_insufficient_scope', [ctx.token.scope ?? ''], id));
      if (ctx.focus.status === 403) evidence.push(ev('ev_status_403', [], id));
    }
    if (ctx.pageSignals.includes('account-locked')) {
      raise(66, 'medium');
      evidence.push(ev('ev_page_account_locked', [], id));
    }
    if (ctx.attempts.has('relogin') && ctx.focus.status === 401 && sentAnything(ctx)) {
      raise(55, 'medium');
      evidence.push(ev('ev_relogin_tried'));
    }
    return score === 0 ? null : { score, confidence, evidence };
  },
};
