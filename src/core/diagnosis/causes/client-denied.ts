// The site refuses this client, not these credentials: IIS IP restrictions (401.503 address,
// 401.504 host name), an error page that says the address or the account is banned.
import { ev, findings, iisEvidence, type CauseDefinition } from '../cause.ts';
import { sentAnything } from '../context.ts';

export const clientDenied: CauseDefinition = {
  id: 'client-denied',
  steps: ['try-other-network', 'contact-owner', 'copy-report'],
  detect(ctx) {
    const id = ctx.focus.id;
    const found = findings();
    const iis = iisEvidence(ctx, ['503', '504']);
    if (iis) found.add(88, 'high', iis);
    if (ctx.pageSignals.includes('ip-blocked')) found.add(66, 'medium', ev('ev_page_ip_blocked', [], id));
    if (ctx.pageSignals.includes('account-banned')) found.add(64, 'medium', ev('ev_page_account_banned', [], id));
    // Fresh credentials refused again and again: consistent with a ban, though not proof of one.
    const refusals = ctx.sameSite.filter((o) => o.status === 401).length;
    if (ctx.attempts.has('relogin') && sentAnything(ctx) && refusals >= 3) found.add(40, 'low', ev('ev_refused_after_relogin', [String(refusals)]));
    return found.result();
  },
};
