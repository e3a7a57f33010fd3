// Old cookies (or a cached refusal) keep the site refusing: the sign-in page itself answers 401
// while they are sent, several pages refuse the same cookies, or the 401 came from the cache.
// The one-click fix is clearing this site's data only.
import { ev, type CauseDefinition } from '../cause.ts';
import { isSignInPath, pathOf } from '../context.ts';
import type { Confidence, Evidence } from '../types.ts';

export const staleSiteData: CauseDefinition = {
  id: 'stale-site-data',
  steps: ['clear-site-data', 'reload', 'relogin'],
  detect(ctx) {
    if (ctx.isProxy) return null;
    const id = ctx.focus.id;
    const cookies = ctx.sent.cookies;
    if (cookies.length === 0 && !ctx.focus.fromCache) return null;
    const evidence: Evidence[] = [];
    let score = 0;
    let confidence: Confidence = 'low';
    const raise = (s: number, c: Confidence) => {
      if (s > score) {
        score = s;
        confidence = c;
      }
    };
    if (ctx.focus.fromCache) {
      raise(70, 'high');
      evidence.push(ev('ev_from_cache', [], id));
    }
    if (cookies.length > 0) {
      const refused = ctx.sameSite.filter((o) => o.status === 401 && o.credentials.cookieNames.length > 0);
      const paths = new Set(refused.map((o) => pathOf(o.url)));
      const signIn = refused.find((o) => isSignInPath(pathOf(o.url)));
      const again = refused.filter((o) => o.url === ctx.focus.url).length;
      if (signIn) {
        raise(72, 'high');
        evidence.push(ev('ev_signin_page_refused', [pathOf(signIn.url)], signIn.id));
      }
      if (paths.size >= 2) {
        raise(58, 'medium');
        evidence.push(ev('ev_many_paths_cookie', [String(paths.size)]));
      }
      if (again >= 2) {
        raise(58, 'medium');
        evidence.push(ev('ev_repeated_refusal', [String(again)], id));
      }
      raise(35, 'low');
      evidence.push(ev('ev_cookies_sent', [cookies.join(', ')], id));
    }
    if (ctx.attempts.has('clear-site-data')) {
      score = Math.min(score, 15);
      confidence = 'low';
      evidence.push(ev('ev_site_data_cleared'));
    }
    return { score, confidence, evidence };
  },
};
