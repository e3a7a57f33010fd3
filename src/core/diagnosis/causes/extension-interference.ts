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
    return { score: proxying ? 45 : 25, confidence: proxying ? 'medium' : 'low', evidence: [ev('ev_extensions_can_block', [String(found.length), names])] };
  },
};
