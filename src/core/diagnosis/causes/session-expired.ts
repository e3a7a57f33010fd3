// The sign-in ran out: the server says the token expired (in its library's words, see
// ../server-words.ts), or the same cookies that worked on this site minutes ago are refused now.
import { ev, findings, type CauseDefinition } from '../cause.ts';
import { minutesBetween, pathOf } from '../context.ts';
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
    if (words?.problem === 'expired') {
      if (ctx.token?.error === 'invalid_token') found.add(82, 'high', ev('ev_bearer_error', [ctx.token.error, ctx.token.description ?? ''], id));
      else found.add(70, 'medium');
      found.note(wordsEvidence(words, id));
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
    return found.result();
  },
};
