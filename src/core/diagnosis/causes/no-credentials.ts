// The request carried nothing that identifies the user: no Authorization, no cookie, no replay
// of a password the browser remembered. The plainest 401 there is (RFC 9110 §15.5.2).
import { ev, type CauseDefinition } from '../cause.ts';
import { firstSchemeAndRealm } from '../challenges.ts';
import { sameRequestWorked, sentAnything } from '../context.ts';
import type { Confidence, Evidence, StepId } from '../types.ts';

// Schemes the browser itself prompts for (a reload brings the password dialog back).
const PROMPTED = new Set(['basic', 'digest', 'negotiate', 'ntlm']);

export const noCredentials: CauseDefinition = {
  id: 'no-credentials',
  steps: ['relogin', 'reload', 'contact-owner'],
  detect(ctx) {
    if (ctx.isProxy || ctx.focus.status !== 401 || sentAnything(ctx)) return null;
    const id = ctx.focus.id;
    const evidence: Evidence[] = [ev('ev_no_authorization', [], id), ev('ev_no_cookies', [], id)];
    const first = firstSchemeAndRealm(ctx.www.challenges);
    let score = 60;
    let confidence: Confidence = ctx.sent.retried === 'no' ? 'high' : 'medium';
    if (first) {
      evidence.push(first.realm ? ev('ev_challenge_realm', [first.scheme, first.realm], id) : ev('ev_challenge_scheme', [first.scheme], id));
    } else {
      // Without a challenge the site never said how to sign in: the missing header is the bigger news.
      score = 45;
      confidence = 'medium';
    }
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
