// Credentials were sent and refused: a wrong or changed password, a token the server does not
// accept (RFC 6750 §3.1 invalid_token), a revoked grant. Only the scheme of Authorization is ever
// recorded, never its value, so the evidence is that something was sent, and what the server said.
import { ev, type CauseDefinition } from '../cause.ts';
import type { Confidence, Evidence } from '../types.ts';
import { wordsEvidenceId } from '../evidence-ids.ts';

export const credentialsRejected: CauseDefinition = {
  id: 'credentials-rejected',
  steps: ['relogin', 'clear-site-data', 'contact-owner'],
  detect(ctx) {
    if (ctx.isProxy || ctx.focus.status !== 401) return null;
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
    const words = ctx.tokenWords;
    const notExpiry = words !== null && words.problem !== 'expired';

    if (ctx.token?.error === 'invalid_token') {
      evidence.push(ev('ev_bearer_error', [ctx.token.error, ctx.token.description ?? ''], id));
      if (notExpiry) raise(75, 'high');
      else if (words === null) raise(62, 'medium');
      else raise(30, 'low'); // the server says it expired: that is session-expired's finding
    } else if (notExpiry && (ctx.sent.authorization !== null || ctx.sent.cookies.length > 0)) {
      raise(60, 'medium');
    }
    if (words && notExpiry) evidence.push(ev(wordsEvidenceId(words.problem), [words.source], id));

    if (ctx.sent.authorization !== null) {
      raise(words?.problem === 'expired' ? 30 : 65, words?.problem === 'expired' ? 'low' : 'high');
      evidence.push(ev('ev_authorization_sent', [ctx.sent.authorization], id));
    } else if (ctx.sent.retried === 'certain' || ctx.sent.retried === 'likely') {
      raise(ctx.sent.retried === 'certain' ? 65 : 55, ctx.sent.retried === 'certain' ? 'high' : 'medium');
      evidence.push(ev('ev_browser_retried', [], id));
    } else if (ctx.sent.cookies.length > 0) {
      raise(35, 'low');
      evidence.push(ev('ev_cookies_sent', [ctx.sent.cookies.join(', ')], id));
    }
    if (score === 0) return null;
    if (ctx.attempts.has('relogin')) {
      // Signed in afresh and still refused: the account itself is the likelier problem (not-permitted).
      score = Math.max(10, score - 25);
      confidence = 'low';
      evidence.push(ev('ev_relogin_tried'));
    }
    return { score, confidence, evidence };
  },
};
