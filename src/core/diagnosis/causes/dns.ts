// A stale DNS answer sends the browser to the wrong server. It cannot be seen from one response,
// only from the address the server answered from (webRequest's `ip`): another address than the
// one that served the page when it worked, or several addresses for one host among the refusals.
// Without such a sign the cause is not named at all (issue 13: the articles' "flush DNS" is no
// finding, and a server that answers with its own challenge is the right server).
import { ev, type CauseDefinition } from '../cause.ts';
import { hostOf } from '../context.ts';
import type { Observation, Success } from '../../observation.ts';
import type { Evidence } from '../types.ts';

export type AddressChange =
  /** The page worked from `before`; the refusal came from `now`. */
  | { kind: 'since-worked'; before: string; now: string }
  /** The refusals on this host came from these addresses. */
  | { kind: 'between-refusals'; ips: string[] };

/** The sign of a changed server address for the focused refusal's host, or null. */
export function addressChange(focus: Observation, observations: readonly Observation[], successes: readonly Success[]): AddressChange | null {
  const host = hostOf(focus.url);
  if (host === null) return null;
  if (focus.ip) {
    const worked = successes.filter((s) => s.time <= focus.time && s.ip && hostOf(s.url) === host).at(-1);
    if (worked?.ip && worked.ip !== focus.ip) return { kind: 'since-worked', before: worked.ip, now: focus.ip };
  }
  const ips = [...new Set(observations.filter((o) => hostOf(o.url) === host).map((o) => o.ip).filter((ip): ip is string => ip !== null && ip !== ''))];
  return ips.length >= 2 ? { kind: 'between-refusals', ips } : null;
}

export const dns: CauseDefinition = {
  id: 'dns',
  steps: ['flush-dns', 'reload'],
  detect(ctx) {
    if (ctx.isProxy) return null;
    const change = addressChange(ctx.focus, ctx.input.observations, ctx.input.successes);
    if (!change) return null;
    const evidence: Evidence[] = [
      change.kind === 'since-worked'
        ? ev('ev_dns_ip_changed_since_worked', [change.before, change.now], ctx.focus.id)
        : ev('ev_dns_ip_changed', [change.ips.slice(0, 4).join(', ')]),
    ];
    // Clearing site data and signing in again did not help, and the host moves between addresses.
    if (ctx.attempts.has('clear-site-data') && ctx.attempts.has('relogin')) {
      evidence.push(ev('ev_usual_steps_failed'));
      return { score: 57, confidence: 'medium', evidence };
    }
    return { score: 30, confidence: 'low', evidence };
  },
};
