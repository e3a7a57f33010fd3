// The server offered only Windows single sign-on (Negotiate, RFC 4559; NTLM) and the browser sent
// nothing. Browsers answer Negotiate only for hosts they are told to trust: Chrome's
// AuthServerAllowlist policy (on Windows also the Local intranet zone), Firefox's
// network.negotiate-auth.trusted-uris. Even when allowed, Kerberos needs a ticket (kinit on
// macOS and Linux) for the service's full host name: a ticket is issued for HTTP/host.domain, so a
// short intranet name or a bare IP address cannot get one.
import { ev, type CauseDefinition } from '../cause.ts';
import type { Evidence, StepId } from '../types.ts';

const SSO = new Set(['negotiate', 'ntlm']);

function isIpHost(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

export const ssoNotAttempted: CauseDefinition = {
  id: 'sso-not-attempted',
  steps: ['ask-it-allowlist', 'contact-owner', 'copy-report'],
  detect(ctx) {
    if (ctx.isProxy || ctx.focus.status !== 401 || ctx.presence === 'something') return null;
    const schemes = ctx.www.challenges.map((c) => c.rawScheme);
    if (schemes.length === 0 || !ctx.www.challenges.every((c) => SSO.has(c.scheme))) return null;
    const id = ctx.focus.id;
    const evidence: Evidence[] = [ev('ev_sso_only', [[...new Set(schemes)].join(', ')], id)];
    const hostname = ctx.url?.hostname ?? '';
    if (isIpHost(hostname)) evidence.push(ev('ev_sso_ip_host', [hostname], id));
    else if (hostname !== '' && !hostname.includes('.')) evidence.push(ev('ev_sso_short_host', [hostname], id));
    if (ctx.presence === 'not-seen') {
      // Capture did not watch the request: the browser may have tried and failed. Watch a reload first.
      evidence.push(ev('ev_request_not_seen', [], id));
      const steps: StepId[] = ['reload-and-watch', 'ask-it-allowlist', 'contact-owner'];
      return { score: 45, confidence: 'low', evidence, steps };
    }
    evidence.push(ev('ev_no_authorization', [], id));
    return ctx.sent.retried === 'no' ? { score: 76, confidence: 'high', evidence } : { score: 62, confidence: 'medium', evidence };
  },
};
