// Too many requests: IIS's dynamic IP restriction (401.501, 401.502), a Retry-After on the 401
// (RFC 9110 §10.2.3 lets any response carry it), a burst of refusals, or the page saying so.
import { ev, findings, iisEvidence, type CauseDefinition } from '../cause.ts';

const BURST_WINDOW_MS = 10_000;
const BURST_COUNT = 5;

/** Seconds to wait from a Retry-After value (delay-seconds or an HTTP-date), or null when unreadable. */
export function retryAfterSeconds(value: string | null, now: number): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Math.min(Number(v), 7 * 24 * 3600);
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

export const rateLimited: CauseDefinition = {
  id: 'rate-limited',
  steps: ['wait-retry', 'contact-owner'],
  detect(ctx) {
    const id = ctx.focus.id;
    const found = findings();
    const iis = iisEvidence(ctx, ['501', '502']);
    if (iis) found.add(88, 'high', iis);
    const wait = retryAfterSeconds(ctx.focus.retryAfter, ctx.now);
    if (wait !== null) found.add(75, 'high', ev('ev_retry_after', [String(wait)], id));
    const t = ctx.focus.time;
    const burst = ctx.sameSite.filter((o) => (o.status === 401 || o.status === 407) && o.time <= t && t - o.time <= BURST_WINDOW_MS).length;
    if (burst >= BURST_COUNT) {
      found.add(wait !== null ? 80 : 48, wait !== null ? 'high' : 'medium', ev('ev_burst', [String(burst), String(BURST_WINDOW_MS / 1000)]));
    }
    if (ctx.pageSignals.includes('rate-limit')) found.add(62, 'medium', ev('ev_page_rate_limit', [], id));
    return found.result();
  },
};
