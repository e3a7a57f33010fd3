// The site broke on its side: pages that worked a moment ago now refuse while nothing about the
// visitor changed, or the page says it is under maintenance. Only the owner can fix it, from the
// logs and the configuration of the server (nginx, Apache, IIS, Node.js, Tomcat).
import { ev, findings, type CauseDefinition } from '../cause.ts';
import { pathOf, sameRequestWorked, sentAnything } from '../context.ts';

export const serverFault: CauseDefinition = {
  id: 'server-fault',
  steps: ['wait-retry', 'contact-owner', 'owner-check-server'],
  detect(ctx) {
    if (ctx.isProxy) return null;
    const found = findings();
    const refused = ctx.sameSite.filter((o) => o.status === 401);
    const brokeNow = new Set<string>();
    const publicBroke = new Set<string>();
    for (const o of refused) {
      const p = pathOf(o.url);
      if (ctx.worked.some((s) => s.time < o.time && pathOf(s.url) === p)) brokeNow.add(p);
      if (sameRequestWorked(ctx, o)) publicBroke.add(p);
    }
    if (brokeNow.size >= 2) {
      const mine = sentAnything(ctx);
      found.add(mine ? 40 : 64, mine ? 'low' : 'medium', ev('ev_worked_then_refused', [String(brokeNow.size)]));
    }
    if (publicBroke.size > 0) {
      // It opened without any sign-in a moment ago, so "nothing was sent" cannot be the reason now.
      // Strongest when it is the refusal explained: the same request, unchanged, got 200 then 401
      // (a reload after the server broke) — the server changed, not the visitor.
      const focusPath = pathOf(ctx.focus.url);
      const itself = sameRequestWorked(ctx, ctx.focus) !== null;
      found.add(itself ? 72 : 62, 'medium', ev('ev_public_page_refused', [itself ? focusPath : [...publicBroke][0]!], itself ? ctx.focus.id : undefined));
    }
    if (ctx.pageSignals.includes('maintenance')) found.add(64, 'medium', ev('ev_page_maintenance', [], ctx.focus.id));
    return found.result();
  },
};
