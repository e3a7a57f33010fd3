// Answers the popup (src/core/messages.ts). Every message is parsed; a malformed one gets
// { ok: false, error } instead of an exception in the worker.
import { Request } from '../core/messages.ts';
import type { ErrorReply, TabReply } from '../core/messages.ts';
import type { TextReply, View } from '../core/view/schema.ts';
import type { TabStore } from './store/tab-store.ts';
import type { ViewHandler } from './view/handler.ts';

export type Reply = TabReply | View | TextReply | { ok: true } | ErrorReply;

/** Without `views` (unit tests of capture), `view` and `report` requests get an error reply. */
export function createMessageHandler(store: TabStore, hostPermission: () => Promise<boolean>, views?: ViewHandler) {
  return async (message: unknown): Promise<Reply> => {
    const parsed = Request.safeParse(message);
    if (!parsed.success) return { ok: false, error: `malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    const req = parsed.data;
    switch (req.type) {
      case 'get-tab': {
        const [state, granted] = await Promise.all([store.read(req.tabId), hostPermission().catch(() => false)]);
        return { ok: true, record: state?.record ?? null, attempts: state?.attempts ?? [], hostPermission: granted };
      }
      case 'record-attempt':
        store.write(req.tabId, { kind: 'attempt', step: req.step });
        await store.read(req.tabId);
        return { ok: true };
      case 'clear-page':
        store.write(req.tabId, { kind: 'clear', time: Date.now() });
        await store.read(req.tabId);
        return { ok: true };
      case 'view':
        return views ? views.view(req) : { ok: false, error: 'views are not served here' };
      case 'report':
        return views ? views.report(req) : { ok: false, error: 'reports are not served here' };
    }
  };
}
