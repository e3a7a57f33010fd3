// Credentials were sent and refused: a wrong or changed password, a token the server does not
// accept (RFC 6750 §3.1 invalid_token), a revoked grant. Only the scheme of Authorization is ever
// recorded, never its value, so the evidence is that something was sent, and what the server said.
// When capture saw the request carry nothing, no error code of the server makes it "refused the
// sign-in that was sent" (issue 11 §3); when it did not watch the request, only the server's
// invalid_token says a token came, and the first step is to reload with capture watching.
import { ev, findings, type CauseDefinition } from '../cause.ts';
import { CONFIG_PROBLEMS, TIME_PROBLEMS } from '../server-words.ts';
import { wordsEvidence } from '../evidence-ids.ts';

export const credentialsRejected: CauseDefinition = {
  id: 'credentials-rejected',
  steps: ['relogin', 'clear-site-data', 'contact-owner'],
  detect(ctx) {
    // A preflight never carries credentials (Fetch §4.8): its refusal is cors-preflight's.
    if (ctx.isProxy || ctx.focus.status !== 401 || ctx.focus.preflight === true || ctx.presence === 'nothing') return null;
    const id = ctx.focus.id;
    const found = findings();
    const words = ctx.tokenWords;
    // Expiry, a clock and the server's configuration each have a cause of their own, whose fix is
    // not "enter it again": here they only keep a low place.
    const elsewhere = words !== null && (TIME_PROBLEMS.has(words.problem) || CONFIG_PROBLEMS.has(words.problem));
    const notExpiry = words !== null && !elsewhere;

    if (ctx.token?.error === 'invalid_token') {
      const said = ev('ev_bearer_error', [ctx.token.error, ctx.token.description ?? ''], id);
      if (notExpiry) found.add(75, 'high', said);
      else if (words === null) found.add(62, 'medium', said);
      else found.add(30, 'low', said);
    } else if (notExpiry && (ctx.sent.authorization !== null || ctx.sent.cookies.length > 0)) {
      found.add(60, 'medium');
    }
    if (words && notExpiry) found.note(wordsEvidence(words, id));

    if (ctx.presence === 'not-seen') {
      const finding = found.result();
      if (!finding) return null;
      finding.evidence.push(ev('ev_request_not_seen', [], id), ev('ev_server_says_token_sent', [], id));
      return { ...finding, steps: ['reload-and-watch', 'relogin', 'clear-site-data', 'contact-owner'] };
    }

    if (ctx.sent.authorization !== null) {
      found.add(elsewhere ? 30 : 65, elsewhere ? 'low' : 'high', ev('ev_authorization_sent', [ctx.sent.authorization], id));
    } else if (ctx.sent.retried === 'certain' || ctx.sent.retried === 'likely') {
      found.add(ctx.sent.retried === 'certain' ? 65 : 55, ctx.sent.retried === 'certain' ? 'high' : 'medium', ev('ev_browser_retried', [], id));
    } else if (ctx.sent.cookies.length > 0) {
      found.add(35, 'low', ev('ev_cookies_sent', [ctx.sent.cookies.join(', ')], id));
    }
    const finding = found.result();
    if (finding && ctx.attempts.has('relogin')) {
      // Signed in afresh and still refused: the account itself is the likelier problem (not-permitted).
      finding.score = Math.max(10, finding.score - 25);
      finding.confidence = 'low';
      finding.evidence.push(ev('ev_relogin_tried'));
    }
    return finding;
  },
};
