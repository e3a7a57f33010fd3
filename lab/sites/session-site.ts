// A cookie-session site: a login form sets a session cookie and the pages behind it need that
// cookie. Two scenarios use it:
// - a forgiving site (session-expired): an expired session gets a 401 on protected pages, while the
//   login page still works, as most sites behave;
// - a trapping site (session-forgotten): once the server has forgotten the session (restart, expiry) every
//   request that carries the stale cookie, the login page and the login itself included, answers 401.
//   Only clearing the site's cookies gets the visitor out, which is what the extension's one-click fix
//   is for.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LAB_PASSWORD, LAB_USER } from '../auth/accounts.ts';
import { sameText } from '../auth/basic.ts';
import { escapeHtml, layout } from '../http/html.ts';
import { parseCookies, readForm, redirect, sendHtml, under } from '../http/respond.ts';
import type { LabContext, ScenarioHandler } from '../types.ts';

export interface SessionSiteSpec {
  /** Path group, no trailing slash, e.g. "/session-forgotten". */
  base: string;
  cookieName: string;
  title: string;
  trap: boolean;
}

export const SESSION_REALM = '401 Lab session';

/**
 * RFC 9110 §15.5.2 wants a challenge on every 401. Form logins have no registered scheme; the
 * "Cookie" scheme of draft-broyer-http-cookie-auth is the closest there is, so the lab sends it rather
 * than nothing (the missing-challenge scenario is a different one).
 */
export function sessionChallenge(spec: SessionSiteSpec): string {
  return `Cookie realm="${SESSION_REALM}", form-action="${spec.base}/login", cookie-name="${spec.cookieName}"`;
}

function loginForm(spec: SessionSiteSpec, note: string): string {
  return layout(
    `Sign in — ${spec.title}`,
    `<h1>Sign in to ${escapeHtml(spec.title)}</h1>${note ? `<p><strong>${escapeHtml(note)}</strong></p>` : ''}
<form method="post" action="${spec.base}/login">
<label>User <input name="user" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button>Sign in</button></form>
<p class="muted">The lab account is <code>${LAB_USER}</code>; its password is in <code>lab/README.md</code>.</p>`,
  );
}

function refuse(res: ServerResponse, spec: SessionSiteSpec, status: number, heading: string, text: string): true {
  return sendHtml(
    res,
    status,
    layout(`${status} Unauthorized — ${spec.title}`, `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(text)}</p>
<p><a href="${spec.base}/login">Sign in</a></p>`),
    { 'WWW-Authenticate': sessionChallenge(spec) },
  );
}

export function sessionSite(spec: SessionSiteSpec): ScenarioHandler {
  const site = spec.base;
  const clearCookie = `${spec.cookieName}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;

  return async (req: IncomingMessage, res: ServerResponse, ctx: LabContext) => {
    const path = ctx.url.pathname;
    if (!under(path, site)) return false;
    const cookie = parseCookies(req.headers.cookie).get(spec.cookieName);
    const status = cookie ? ctx.state.sessionStatus(site, cookie) : 'none';

    if (spec.trap && (status === 'unknown' || status === 'expired')) {
      // The trap: the stale cookie poisons every request, the way the login page of a broken
      // session middleware does. The cookie is deliberately not cleared by the server.
      if (req.method === 'POST') await readForm(req);
      return refuse(res, spec, 401, 'Unauthorized', 'Your session is not valid.');
    }

    if (path === `${site}/login`) {
      if (req.method !== 'POST') return sendHtml(res, 200, loginForm(spec, ''));
      const form = await readForm(req);
      const ok = form.get('user') === LAB_USER && sameText(form.get('password') ?? '', LAB_PASSWORD);
      if (!ok) {
        return sendHtml(res, 401, loginForm(spec, 'Wrong user name or password.'), {
          'WWW-Authenticate': sessionChallenge(spec),
        });
      }
      const id = ctx.state.startSession(site);
      const secure = ctx.secure ? '; Secure' : '';
      return redirect(res, 303, `${site}/`, {
        'Set-Cookie': `${spec.cookieName}=${id}; Path=/; HttpOnly; SameSite=Lax${secure}`,
      });
    }

    if (path === `${site}/logout`) {
      if (cookie) ctx.state.endSession(cookie);
      return redirect(res, 303, `${site}/login`, { 'Set-Cookie': clearCookie });
    }

    if (status === 'none') return redirect(res, 303, `${site}/login`);
    if (status === 'expired') {
      return refuse(res, spec, 401, 'Your session expired', 'Sign in again to continue.');
    }
    if (status === 'unknown') {
      return refuse(res, spec, 401, 'Unauthorized', 'This session is not known here. Sign in again.');
    }
    return sendHtml(
      res,
      200,
      layout(spec.title, `<h1>${escapeHtml(spec.title)}</h1><p>Welcome — you are signed in.</p>
<p><a href="${site}/account">Your account</a> · <a href="${site}/logout">Sign out</a></p>`),
    );
  };
}
