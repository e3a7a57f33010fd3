// The sign-in ran out: the server says the token expired (in its library's words, see
// ../server-words.ts), the token's own exp lies in the past (issue 11 §6: even when the server
// says only invalid_token), or the same cookies that worked on this site minutes ago are refused now.
// When this computer's clock explains the expiry (clock-skew), that cause goes first and this one
// is only medium: a fresh sign-in helps until the next token runs out unseen.
import { ev, findings, type CauseDefinition } from '../cause.ts';
import { minutesOf } from '../clock.ts';
import { minutesBetween, pathOf } from '../context.ts';
import { skewExplainsExpiry } from './clock-skew.ts';
import { wordsEvidence } from '../evidence-ids.ts';

/** A success older than this says little about the session refused now. */
const SESSION_HORIZON_MS = 12 * 3600_000;

export const sessionExpired: CauseDefinition = {
  id: 'session-expired',
  steps: ['relogin', 'clear-site-data'],
  detect(ctx) {
    if (ctx.isProxy || ctx.focus.status !== 401) return null;
    const id = ctx.focus.id;
    const found = findings();
    const words = ctx.tokenWords;
    // A Bearer error about a token needs a token: when capture saw none go, the server's
    // invalid_token is its own misuse (RFC 6750 §3.1), not an expired sign-in.
    const tokenMaybeSent = ctx.presence !== 'nothing';
    if (words?.problem === 'expired' && tokenMaybeSent) {
      if (ctx.token?.error === 'invalid_token') found.add(82, 'high', ev('ev_bearer_error', [ctx.token.error, ctx.token.description ?? ''], id));
      else found.add(70, 'medium');
      found.note(wordsEvidence(words, id));
    }
    // The token's exp, by the local clock corrected by the skew seen (the server's clock decides).
    const expiredMs = ctx.claimTimes?.expiredMs ?? null;
    const serverExpiredMs = expiredMs === null ? null : expiredMs - (ctx.skew?.ms ?? 0);
    if (expiredMs !== null && serverExpiredMs !== null && serverExpiredMs > 0) {
      const strong = ctx.token?.error === 'invalid_token' || words?.problem === 'expired';
      found.add(strong ? 84 : 68, strong ? 'high' : 'medium', ev('ev_token_exp_past', [String(Math.max(1, minutesOf(expiredMs)))], id));
    }
    const sent = ctx.sent.cookies;
    if (sent.length > 0) {
      const t = ctx.focus.time;
      const path = pathOf(ctx.focus.url);
      const same = ctx.worked
        .filter((s) => s.time < t && t - s.time <= SESSION_HORIZON_MS && s.cookieNames.length > 0 && s.cookieNames.every((n) => sent.includes(n)))
        .sort((a, b) => Number(pathOf(b.url) === path) - Number(pathOf(a.url) === path) || b.time - a.time)[0];
      if (same) {
        found.add(pathOf(same.url) === path ? 66 : 64, 'medium', ev('ev_worked_with_same_cookies', [pathOf(same.url), String(minutesBetween(same.time, t))]));
      }
    }
    const finding = found.result();
    if (finding && skewExplainsExpiry(ctx)) {
      finding.score = Math.min(finding.score, 70);
      finding.confidence = 'medium';
      finding.evidence.push(ev('ev_clock_explains_expiry', [], id));
    }
    return finding;
  },
};
