// This computer's clock (or the server's) is off, so time-bound tokens and signatures fail: a JWT's
// exp, nbf and iat (RFC 7519 §4.1.4–4.1.6) and a DPoP proof's iat (RFC 9449 §11.1) are checked
// against clocks on both sides. The skew is read from a fresh response's Date (../clock.ts); the
// server's own words about time, and a token issued "in the future" by our clock, raise it.
// An app that keeps using a token its own clock still thinks valid is the usual way a slow clock
// turns into "expired": then this outranks session-expired, whose fresh sign-in only helps until
// the next token runs out.
import { ev, findings, type CauseDefinition } from '../cause.ts';
import { minutesOf, SKEW_LIKELY_MS, SKEW_POSSIBLE_MS } from '../clock.ts';
import type { DiagnosisContext } from '../context.ts';
import { wordsEvidence } from '../evidence-ids.ts';
import { TIME_PROBLEMS } from '../server-words.ts';
import type { Evidence } from '../types.ts';

/** A DPoP proof refused for its time (RFC 9449 §11.1: the server checks iat within a window). */
function dpopTimeRefusal(ctx: DiagnosisContext): boolean {
  const t = ctx.token;
  return t !== null && t.scheme.toLowerCase() === 'dpop' && t.error === 'invalid_dpop_proof' && /\biat\b|\bclock\b|\btime\b|\bfuture\b|\btoo old\b|\bexpired\b|\bstale\b/i.test(t.description ?? '');
}

/** True when the server words a time problem about the token, or refused a DPoP proof for its time. */
export function timeBoundRefusal(ctx: DiagnosisContext): boolean {
  return (ctx.tokenWords !== null && TIME_PROBLEMS.has(ctx.tokenWords.problem)) || dpopTimeRefusal(ctx);
}

/**
 * The skew explains an expiry: the server says the token expired while this computer's clock is
 * behind by the possible margin or more (its app would not see the token run out in time), or the
 * token still looks valid by the local clock.
 */
export function skewExplainsExpiry(ctx: DiagnosisContext): boolean {
  if (ctx.tokenWords?.problem !== 'expired' || ctx.skew === null) return false;
  return ctx.skew.ms <= -SKEW_POSSIBLE_MS;
}

export const clockSkew: CauseDefinition = {
  id: 'clock-skew',
  steps: ['fix-clock', 'reload', 'relogin'],
  detect(ctx) {
    const id = ctx.focus.id;
    const found = findings();
    const timeBound = timeBoundRefusal(ctx);
    const skew = ctx.skew;
    const off = skew === null ? 0 : Math.abs(skew.ms);
    if (skew !== null && off >= SKEW_POSSIBLE_MS) {
      const likely = off >= SKEW_LIKELY_MS;
      const said = ev(skew.ms > 0 ? 'ev_clock_ahead' : 'ev_clock_behind', [String(minutesOf(skew.ms)), skew.serverDate], id);
      if (skewExplainsExpiry(ctx)) found.add(likely ? 90 : 78, likely ? 'high' : 'medium', said);
      // An expiry beside a clock that runs ahead is the server's clock's doing at most.
      else if (timeBound && ctx.tokenWords?.problem === 'expired') found.add(likely ? 62 : 45, likely ? 'medium' : 'low', said);
      else if (timeBound) found.add(likely ? 88 : 74, likely ? 'high' : 'medium', said);
      // Alone, a wrong clock is a fact about this computer, and only may be why: cookies expire
      // early on a clock that runs ahead, and the site's tokens look stale on one that lags.
      else found.add(likely ? 56 : 36, likely ? 'medium' : 'low', said);
    }
    // "Not yet valid", "issued in the future", or a DPoP proof's time refused: some clock is off
    // even when this response's Date cannot tell whose (the token's issuer and the API disagree).
    // An expiry alone is the ordinary end of a session: session-expired's.
    const futureWords = ctx.tokenWords !== null && (ctx.tokenWords.problem === 'not-yet-valid' || ctx.tokenWords.problem === 'issued-in-future');
    if (futureWords || dpopTimeRefusal(ctx)) found.add(66, 'medium');
    const times = ctx.claimTimes;
    if (times !== null && times.aheadClaim !== null && times.aheadMs >= SKEW_POSSIBLE_MS) {
      // The token's issuer stamped it later than our "now": one of the two clocks is off.
      const behind = skew !== null && skew.ms <= -SKEW_POSSIBLE_MS;
      const sure = timeBound || behind;
      found.add(sure ? 86 : 68, sure ? 'high' : 'medium', ev('ev_token_time_ahead', [times.aheadClaim, String(minutesOf(times.aheadMs))], id));
    }
    if (ctx.tokenWords?.problem === 'expired' && times !== null && times.expiredMs === null && ctx.claims?.exp !== null && skew !== null && skew.ms < 0) {
      found.note(ev('ev_token_valid_by_local_clock', [], id));
    }
    const finding = found.result();
    if (!finding) return null;
    const extra: Evidence[] = [];
    if (ctx.tokenWords !== null && TIME_PROBLEMS.has(ctx.tokenWords.problem)) extra.push(wordsEvidence(ctx.tokenWords, id));
    if (dpopTimeRefusal(ctx)) extra.push(ev('ev_dpop_time', [ctx.token?.description ?? ''], id));
    finding.evidence.push(...extra);
    return finding;
  },
};
