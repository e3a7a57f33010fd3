// Old cookies (or a cached refusal) keep the site refusing: the sign-in page itself answers 401
// while they are sent, several pages refuse the same cookies, or the 401 came from the cache.
// The one-click fix is clearing this site's data only.
import { ev, findings, type CauseDefinition } from '../cause.ts';
import { isSignInPath, pathOf } from '../context.ts';

export const staleSiteData: CauseDefinition = {
  id: 'stale-site-data',
  steps: ['clear-site-data', 'reload', 'relogin'],
  detect(ctx) {
    if (ctx.isProxy) return null;
    const id = ctx.focus.id;
    const cookies = ctx.sent.cookies;
    if (cookies.length === 0 && !ctx.focus.fromCache) return null;
    const found = findings();
    if (ctx.focus.fromCache) found.add(70, 'high', ev('ev_from_cache', [], id));
    if (cookies.length > 0) {
      const refused = ctx.sameSite.filter((o) => o.status === 401 && o.credentials.cookieNames.length > 0);
      const paths = new Set(refused.map((o) => pathOf(o.url)));
      const signIn = refused.find((o) => isSignInPath(pathOf(o.url)));
      const again = refused.filter((o) => o.url === ctx.focus.url).length;
      if (signIn) found.add(72, 'high', ev('ev_signin_page_refused', [pathOf(signIn.url)], signIn.id));
      if (paths.size >= 2) found.add(58, 'medium', ev('ev_many_paths_cookie', [String(paths.size)]));
      if (again >= 2) found.add(58, 'medium', ev('ev_repeated_refusal', [String(again)], id));
      found.add(35, 'low', ev('ev_cookies_sent', [cookies.join(', ')], id));
    }
    // Never null here: the cache or the cookies sent scored above.
    const finding = found.result();
    if (finding && ctx.attempts.has('clear-site-data')) {
      finding.score = Math.min(finding.score, 15);
      finding.confidence = 'low';
      finding.evidence.push(ev('ev_site_data_cleared'));
    }
    return finding;
  },
};
