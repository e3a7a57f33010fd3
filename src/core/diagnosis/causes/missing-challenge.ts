// A 401 without WWW-Authenticate breaks RFC 9110 §11.6.1 ("MUST send … at least one challenge");
// a 407 without Proxy-Authenticate breaks §11.7.1. The visitor cannot fix it; the owner can.
import { ev, type CauseDefinition } from '../cause.ts';
import { sentAnything } from '../context.ts';

export const missingChallenge: CauseDefinition = {
  id: 'missing-challenge',
  steps: ['contact-owner', 'copy-report', 'owner-fix-challenge'],
  detect(ctx) {
    const id = ctx.focus.id;
    if (ctx.focus.status === 407) {
      if (ctx.focus.proxyAuthenticate.some((l) => l.trim() !== '')) return null;
      return { score: 40, confidence: 'medium', evidence: [ev('ev_no_proxy_challenge', [], id)] };
    }
    if (ctx.focus.status !== 401) return null;
    // When credentials were sent, what happened to them matters more to the visitor than the missing header.
    const base = sentAnything(ctx) ? 50 : 70;
    if (ctx.focus.wwwAuthenticate.every((l) => l.trim() === '')) {
      return { score: base, confidence: sentAnything(ctx) ? 'medium' : 'high', evidence: [ev('ev_no_challenge', [], id)] };
    }
    if (ctx.www.challenges.length === 0 && ctx.www.errorCount > 0) {
      return { score: base - 8, confidence: 'medium', evidence: [ev('ev_challenge_unparsable', [String(ctx.www.errorCount)], id)] };
    }
    return null;
  },
};
