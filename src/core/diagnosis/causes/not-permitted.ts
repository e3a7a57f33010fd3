// Signed in, but not allowed: a token without the scope the call needs (RFC 6750 §3.1
// insufficient_scope, which belongs with 403), an account locked or deactivated, or a refusal
// that survives a fresh sign-in. Only the site's owner can grant access.
import { ev, findings, type CauseDefinition } from '../cause.ts';
import { sentAnything, type DiagnosisContext } from '../context.ts';

/** Scopes the challenge asks for that the sent token's scope claim lacks, when both are known. */
function scopeGap(ctx: DiagnosisContext): { have: string; missing: string[] } | null {
  const have = ctx.claims?.scope;
  if (have === null || have === undefined) return null;
  const wanted = ctx.www.challenges.find((c) => (c.scheme === 'bearer' || c.scheme === 'dpop') && c.params['scope'] !== undefined)?.params['scope'];
  if (wanted === undefined) return null;
  const held = new Set(have.split(/\s+/).filter(Boolean));
  const missing = wanted.split(/\s+/).filter((s) => s !== '' && !held.has(s));
  return missing.length > 0 ? { have, missing } : null;
}

export const notPermitted: CauseDefinition = {
  id: 'not-permitted',
  steps: ['contact-owner', 'copy-report', 'relogin'],
  detect(ctx) {
    const id = ctx.focus.id;
    const found = findings();
    if (ctx.token?.error === 'insufficient_scope') {
      found.add(82, 'high', ev('ev_insufficient_scope', [ctx.token.scope ?? ''], id));
      if (ctx.focus.status === 403) found.note(ev('ev_status_403', [], id));
    }
    const scopes = scopeGap(ctx);
    if (scopes) {
      // The token's own scope claim against the challenge's scope= (RFC 6750 §3): what is missing.
      const said = ev('ev_token_scope_vs_wanted', [scopes.have || '—', scopes.missing.join(' ')], id);
      if (ctx.token?.error === 'insufficient_scope') found.note(said);
      else found.add(56, 'medium', said);
    }
    if (ctx.pageSignals.includes('account-locked')) found.add(66, 'medium', ev('ev_page_account_locked', [], id));
    if (ctx.attempts.has('relogin') && ctx.focus.status === 401 && sentAnything(ctx)) found.add(55, 'medium', ev('ev_relogin_tried'));
    return found.result();
  },
};
