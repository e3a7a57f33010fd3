// RFC 7616 §3.3: stale=true means the password was right and only the nonce had expired; the
// browser retries by itself with the new one. A stale nonce on every retry is the server's bug.
import { ev, type CauseDefinition } from '../cause.ts';
import type { StepId } from '../types.ts';

export const digestStale: CauseDefinition = {
  id: 'digest-stale',
  steps: ['reload'],
  detect(ctx) {
    const fields = ctx.isProxy ? ctx.proxy : ctx.www;
    const stale = fields.challenges.some((c) => c.scheme === 'digest' && (c.params['stale'] ?? '').toLowerCase() === 'true');
    if (!stale) return null;
    const id = ctx.focus.id;
    const evidence = [ev('ev_digest_stale', [], id)];
    const repeats = ctx.sameSite.filter((o) => o.wwwAuthenticate.some((l) => /\bstale\s*=\s*"?true/i.test(l))).length;
    const steps: StepId[] = ['reload'];
    if (repeats >= 3) {
      evidence.push(ev('ev_digest_stale_repeated', [String(repeats)]));
      steps.push('contact-owner', 'copy-report');
    }
    return { score: 86, confidence: 'high', evidence, steps };
  },
};
