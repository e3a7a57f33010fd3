// The token was refused for a reason of configuration, not of the visitor's session: issued for
// another audience, by another issuer, signed with a key the API does not know, or with an
// algorithm it does not allow (the proven library wordings, ../server-words.ts CONFIG_PROBLEMS).
// A fresh sign-in gets a token made the same way, so it cannot help; the owner must align the
// API's expected issuer URL, audience, JWKS or allowed algorithms with the token's issuer. The
// token's own iss and aud, when capture decoded them, show which side is off.
import { ev, type CauseDefinition } from '../cause.ts';
import { wordsEvidence } from '../evidence-ids.ts';
import { CONFIG_PROBLEMS } from '../server-words.ts';
import type { Evidence } from '../types.ts';

export const tokenMisconfigured: CauseDefinition = {
  id: 'token-misconfigured',
  steps: ['contact-owner', 'copy-report', 'owner-fix-token-config'],
  detect(ctx) {
    const words = ctx.tokenWords;
    if (ctx.isProxy || words === null || !CONFIG_PROBLEMS.has(words.problem) || ctx.presence === 'nothing') return null;
    const id = ctx.focus.id;
    const evidence: Evidence[] = [];
    if (ctx.token?.error) evidence.push(ev('ev_bearer_error', [ctx.token.error, ctx.token.description ?? ''], id));
    evidence.push(wordsEvidence(words, id), ev('ev_relogin_will_not_help', [], id));
    const claims = ctx.claims;
    if (claims?.iss) evidence.push(ev('ev_token_iss', [claims.iss], id));
    if (claims && claims.aud.length > 0) evidence.push(ev('ev_token_aud', [claims.aud.join(', ')], id));
    // The server's own words are the only witness; on the error page they are a little weaker.
    return ctx.token?.description ? { score: 84, confidence: 'high', evidence } : { score: 70, confidence: 'medium', evidence };
  },
};
