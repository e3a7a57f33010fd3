// The request carried nothing that identifies the user: no Authorization, no cookie, no replay
// of a password the browser remembered. The plainest 401 there is (RFC 9110 §15.5.2).
// Claimed only from what capture saw: a request it did not watch (./presence.ts) may have carried
// anything, so then the server's challenge is the witness, and the first step is to watch a reload.
import { ev, type CauseDefinition, type Finding } from '../cause.ts';
import { firstSchemeAndRealm } from '../challenges.ts';
import { sameRequestWorked, type DiagnosisContext } from '../context.ts';
import type { Confidence, Evidence, StepId } from '../types.ts';

// Schemes the browser itself prompts for (a reload brings the password dialog back).
const PROMPTED = new Set(['basic', 'digest', 'negotiate', 'ntlm']);

function challengeEvidence(ctx: DiagnosisContext): Evidence | null {
  const first = firstSchemeAndRealm(ctx.www.challenges);
  if (!first) return null;
  return first.realm ? ev('ev_challenge_realm', [first.scheme, first.realm], ctx.focus.id) : ev('ev_challenge_scheme', [first.scheme], ctx.focus.id);
}

/** Headers not seen: only a token challenge without an error code says nothing came (RFC 6750 §3.1). */
function notSeen(ctx: DiagnosisContext): Finding | null {
  if (ctx.serverToken === 'presented') return null;
  const id = ctx.focus.id;
  const evidence: Evidence[] = [ev('ev_request_not_seen', [], id)];
  const challenge = challengeEvidence(ctx);
  if (challenge) evidence.push(challenge);
  const steps: StepId[] = ['reload-and-watch', 'relogin', 'reload', 'contact-owner'];
  if (ctx.serverToken === 'absent') {
    evidence.push(ev('ev_server_says_no_token', [], id));
    return { score: 58, confidence: 'medium', evidence, steps };
  }
  return { score: 40, confidence: 'low', evidence, steps };
}

export const noCredentials: CauseDefinition = {
  id: 'no-credentials',
  steps: ['relogin', 'reload', 'contact-owner'],
  detect(ctx) {
    // A preflight never carries credentials by design (Fetch §4.8): signing in cannot change it.
    if (ctx.isProxy || ctx.focus.status !== 401 || ctx.focus.preflight === true || ctx.presence === 'something') return null;
    if (ctx.presence === 'not-seen') return notSeen(ctx);
    const id = ctx.focus.id;
    const evidence: Evidence[] = [ev('ev_no_authorization', [], id), ev('ev_no_cookies', [], id)];
    let score = 60;
    let confidence: Confidence = ctx.sent.retried === 'no' ? 'high' : 'medium';
    const challenge = challengeEvidence(ctx);
    if (challenge) {
      evidence.push(challenge);
    } else {
      // Without a challenge the site never said how to sign in: the missing header is the bigger news.
      score = 45;
      confidence = 'medium';
    }
    // RFC 6750 §3.1: a request without a token gets no error code. invalid_token here is the
    // server's misuse, not a refused token; say so, so the owner's report shows it.
    if (ctx.token?.error === 'invalid_token') evidence.push(ev('ev_error_without_token', [ctx.token.error], id));
    if (ctx.focus.authRequired.length > 0) evidence.push(ev('ev_browser_prompted', [], id));
    if (sameRequestWorked(ctx, ctx.focus)) {
      // The same request, carrying just as little, opened this page a moment ago: sending nothing
      // did not stop it then, so it does not explain the refusal now (server-fault does). Still
      // listed, below the finding line: signing in is what the site asks for now.
      score = 40;
      confidence = 'low';
    }
    const prompted = ctx.www.challenges.some((c) => PROMPTED.has(c.scheme));
    const steps: StepId[] = prompted ? ['reload', 'relogin', 'contact-owner'] : ['relogin', 'reload', 'contact-owner'];
    return { score, confidence, evidence, steps };
  },
};
