// RFC 9470 §3: the token is valid but the sign-in behind it is too weak or too old; the challenge
// says so with error="insufficient_user_authentication", and may name acr_values and max_age.
import { ev, type CauseDefinition } from '../cause.ts';
import type { Evidence } from '../types.ts';

export const stepUpRequired: CauseDefinition = {
  id: 'step-up-required',
  steps: ['relogin'],
  detect(ctx) {
    const t = ctx.token;
    if (!t) return null;
    const id = ctx.focus.id;
    const explicit = t.error === 'insufficient_user_authentication';
    if (!explicit && t.acrValues === null && t.maxAge === null) return null;
    const evidence: Evidence[] = [];
    if (explicit) evidence.push(ev('ev_step_up', [], id));
    if (t.acrValues !== null) evidence.push(ev('ev_acr_values', [t.acrValues], id));
    if (t.maxAge !== null) evidence.push(ev('ev_max_age', [t.maxAge], id));
    return explicit ? { score: 88, confidence: 'high', evidence } : { score: 55, confidence: 'medium', evidence };
  },
};
