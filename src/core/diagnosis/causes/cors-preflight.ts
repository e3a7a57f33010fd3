// A CORS preflight (OPTIONS with Access-Control-Request-Method, Fetch §4.8 "CORS-preflight fetch")
// was answered 401 or 407. The preflight never carries credentials, so no sign-in can pass it; the
// real request never left, and the page only saw a CORS error (Fetch §4.8 step 7: a preflight
// whose status is not ok is a network error). The fix is the server's: answer OPTIONS before the
// authentication layer. Chromium shows preflights only to listeners with extraHeaders.
import { ev, type CauseDefinition } from '../cause.ts';
import type { Evidence } from '../types.ts';
import { maskUrl } from '../../url/mask.ts';

export const corsPreflight: CauseDefinition = {
  id: 'cors-preflight',
  steps: ['contact-owner', 'copy-report', 'owner-fix-cors'],
  detect(ctx) {
    const f = ctx.focus;
    if (f.preflight !== true || (f.status !== 401 && f.status !== 407)) return null;
    const evidence: Evidence[] = [ev('ev_preflight_refused', [String(f.status)], f.id), ev('ev_preflight_no_credentials', [], f.id)];
    // The tab's address may hold a secret-looking query value: masked like every URL we show.
    const page = ctx.input.tabUrl ? maskUrl(ctx.input.tabUrl) : (f.initiator ?? null);
    if (page) evidence.push(ev('ev_preflight_page', [page], f.id));
    return { score: 92, confidence: 'high', evidence };
  },
};
