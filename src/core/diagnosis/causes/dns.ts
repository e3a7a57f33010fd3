// A stale DNS answer sending the browser to the wrong server is rare and cannot be seen from a
// response; the articles still list flushing DNS, so it is always offered, last. Different server
// addresses for one host within the page are the one hint we can show.
import { ev, type CauseDefinition } from '../cause.ts';

export const dns: CauseDefinition = {
  id: 'dns',
  steps: ['flush-dns', 'reload'],
  detect(ctx) {
    if (ctx.isProxy) return null;
    const ips = [...new Set(ctx.sameSite.map((o) => o.ip).filter((ip): ip is string => ip !== null && ip !== ''))];
    if (ips.length >= 2) {
      const evidence = [ev('ev_dns_ip_changed', [ips.slice(0, 4).join(', ')])];
      // Clearing site data and signing in again did not help, and the host moves between addresses.
      if (ctx.attempts.has('clear-site-data') && ctx.attempts.has('relogin')) {
        evidence.push(ev('ev_usual_steps_failed'));
        return { score: 57, confidence: 'medium', evidence };
      }
      return { score: 30, confidence: 'low', evidence };
    }
    return { score: 8, confidence: 'low', evidence: [ev('ev_dns_unobservable')] };
  },
};
