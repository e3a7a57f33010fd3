// The request carried an Authorization of a scheme the server did not offer (RFC 9110 §11.6.1:
// the challenges list the schemes it accepts). Typical: a staging site behind the web server's
// Basic auth in front of an app whose script sends its own Bearer token. One Authorization header
// carries one credential, so the browser cannot satisfy both; the owner must exempt the API from
// the outer sign-in or protect the staging site another way.
import { ev, type CauseDefinition } from '../cause.ts';

export const schemeMismatch: CauseDefinition = {
  id: 'scheme-mismatch',
  steps: ['contact-owner', 'copy-report', 'owner-fix-outer-auth'],
  detect(ctx) {
    const sent = ctx.sent.authorization;
    if (ctx.isProxy || ctx.focus.status !== 401 || sent === null || ctx.www.challenges.length === 0) return null;
    const offered = [...new Set(ctx.www.challenges.map((c) => c.rawScheme))];
    if (offered.some((s) => s.toLowerCase() === sent.toLowerCase())) return null;
    const id = ctx.focus.id;
    const evidence = [ev('ev_scheme_mismatch', [sent, offered.join(', ')], id)];
    // A browser prompt for the outer realm means it is the page's own document asking, not a script.
    if (ctx.focus.authRequired.some((a) => !a.isProxy)) evidence.push(ev('ev_browser_prompted', [], id));
    return { score: 80, confidence: 'high', evidence };
  },
};
