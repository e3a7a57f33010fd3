import { BROWSERS_ONLY } from '../harness.ts';
import { layout } from '../http/html.ts';
import { parseCookies, redirect, sendHtml, sendJson, under } from '../http/respond.ts';
import { fetchScript, homeOrigin, peerOrigin, sendApiPage } from '../sites/api-page.ts';
import type { Scenario } from '../types.ts';

const base = '/cookie-not-sent';
const api = `${base}/api`;
export const PEER_SESSION_COOKIE = 'lab_peer_session';
const SITE = base;
const title = 'A dashboard that embeds another site\'s API';
const text = 'A page of this site that calls an API of another site, where you signed in a moment ago, with credentials: \'include\'.';

// Hand-written: the refusal is the browser's doing (a SameSite=Lax cookie is not sent on a
// cross-site fetch, RFC 6265bis §5.6.7.1); the server only has to set the cookie and check it, as
// the lab's session sites do, and no cookie-session library is among the lab's packages.
export const cookieNotSent: Scenario = {
  id: 'cookie-not-sent',
  title,
  description: 'You sign in on one site (a SameSite=Lax session cookie), then a page of another site calls its API with credentials, and the browser keeps the cookie back, so the API answers 401.',
  path: `${base}/`,
  kind: 'fetch',
  // Two sites and the browser's cookie jar between them: nothing a terminal has.
  harness: BROWSERS_ONLY,
  realServer: null,
  expectedCause: 'cookie-not-sent',
  // The first step goes to the other site to sign in and comes back to the page that calls it.
  arrange: [{ method: 'GET', path: `${base}/` }],
  refused: { method: 'GET', path: api, status: 401 },
  handle(req, res, ctx) {
    const path = ctx.url.pathname;
    if (!under(path, base)) return false;
    if (path === base || path === `${base}/`) return redirect(res, 302, `${peerOrigin(ctx)}${base}/sign-in`);
    if (path === `${base}/sign-in`) {
      // On the peer: a top-level navigation, so the Lax cookie is stored; then back to the other site.
      const id = ctx.state.startSession(SITE);
      return redirect(res, 302, `${homeOrigin(ctx)}${base}/app`, {
        'Set-Cookie': `${PEER_SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax${ctx.secure ? '; Secure' : ''}`,
      });
    }
    if (path === `${base}/app`) {
      const url = `${peerOrigin(ctx)}${api}`;
      return sendApiPage(res, title, text, url, fetchScript(`fetch(${JSON.stringify(url)}, { credentials: 'include' })`));
    }
    if (path === api) {
      const origin = req.headers.origin;
      // CORS with credentials is set up right (Fetch standard §3.2.5); only the cookie is missing.
      const cors: Record<string, string> = origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' } : {};
      const id = parseCookies(req.headers.cookie).get(PEER_SESSION_COOKIE);
      if (id && ctx.state.sessionStatus(SITE, id) === 'valid') return sendJson(res, 200, { ok: true, items: [1, 2, 3] }, cors);
      return sendJson(res, 401, { error: 'not signed in' }, {
        ...cors,
        'WWW-Authenticate': `Cookie realm="401 Lab peer", form-action="${base}/sign-in", cookie-name="${PEER_SESSION_COOKIE}"`,
      });
    }
    return sendHtml(res, 404, layout('Not found', '<h1>Not found</h1>'));
  },
};
