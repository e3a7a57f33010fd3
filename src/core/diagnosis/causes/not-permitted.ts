// Signed in, but not allowed: a token without the scope the call needs (RFC 6750 §3.1
// insufficient_scope, which belongs with 403), an account locked or deactivated, or a refusal
// that survives a fresh sign-in. Only the site's owner can grant access.
import { ev, findings, type CauseDefinition } from '../cause.ts';
import { sentAnything } from '../context.ts';

export const notPermitted: CauseDefinition = {
  id: 'not-permitted',
  steps: ['contact-owner', 'copy-report', 'relogin'],
  detect(ctx) {
    const id = ctx.focus.id;
    const found = findings();
    if (ctx.token?.error === 'insufficient_scope') {
      found.add(82, 'high', ev('ev_insufficient_scope', [ctx.token.scope ?? ''], id));
      if (ctx.focus.status === 403) found.note(ev('ev_status_403', [], id));
    }
    if (ctx.pageSignals.includes('account-locked')) found.add(66, 'medium', ev('ev_page_account_locked', [], id));
    if (ctx.attempts.has('relogin') && ctx.focus.status === 401 && sentAnything(ctx)) found.add(55, 'medium', ev('ev_relogin_tried'));
    return found.result();
  },
};
