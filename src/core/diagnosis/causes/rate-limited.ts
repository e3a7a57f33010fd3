// Too many requests: IIS's dynamic IP restriction (401.501, 401.502), a Retry-After on the 401
// (RFC 9110 §10.2.3 lets any response carry it), a burst of refusals, or the page saying so.
import { ev, type CauseDefinition } from '../cause.ts';
import { iisMessageId } from '../../servers/iis.ts';
import type { Confidence, Evidence } from '../types.ts';

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
    if (sub === '501' || sub === '502') {
      raise(88, 'high');
      evidence.push(ev(iisMessageId(sub), [], id));
    }
    const wait = retryAfterSeconds(ctx.focus.retryAfter, ctx.now);
    if (wait !== null) {
      raise(75, 'high');
      evidence.push(ev('ev_retry_after', [String(wait)], id));
    }
    const t = ctx.focus.time;
    const burst = ctx.sameSite.filter((o) => (o.status === 401 || o.status === 407) && o.time <= t && t - o.time <= BURST_WINDOW_MS).length;
    if (burst >= BURST_COUNT) {
      raise(wait !== null ? 80 : 48, wait !== null ? 'high' : 'medium');
      evidence.push(ev('ev_burst', [String(burst), String(BURST_WINDOW_MS / 1000)]));
    }
    if (ctx.pageSignals.includes('rate-limit')) {
      raise(62, 'medium');
      evidence.push(ev('ev_page_rate_limit', [], id));
    }
    return score === 0 ? null : { score, confidence, evidence };
  },
};
