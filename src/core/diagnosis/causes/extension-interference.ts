// Another extension that may block or rewrite requests (or route them through a proxy) could be
// the one stripping credentials. Only listed when the user let us look at installed extensions.
import { ev, type CauseDefinition } from '../cause.ts';

const CAN_INTERFERE = new Set(['webRequestBlocking', 'declarativeNetRequest', 'declarativeNetRequestWithHostAccess', 'proxy', 'webRequestAuthProvider']);

export const extensionInterference: CauseDefinition = {
  id: 'extension-interference',
  steps: ['check-extensions', 'reload'],
  detect(ctx) {
    const found = (ctx.input.extensions ?? []).filter((e) => e.permissions.some((p) => CAN_INTERFERE.has(p)));
    if (found.length === 0) return null;
    const proxying = ctx.isProxy && found.some((e) => e.permissions.includes('proxy'));
    const names = found.map((e) => e.name).join(', ');
    const evidence = [ev('ev_extensions_can_block', [String(found.length), names])];
    // The usual fixes (fresh site data, a fresh sign-in) did not help: what sits between the page
    // and the network becomes the next suspect.
    if (ctx.attempts.has('clear-site-data') && ctx.attempts.has('relogin')) {
      evidence.push(ev('ev_usual_steps_failed'));
      return { score: 58, confidence: 'medium', evidence };
    }
    return { score: proxying ? 45 : 25, confidence: proxying ? 'medium' : 'low', evidence };
  },
};
