// Per-host site data for the "clear this site, keep that one" tests: /store/set leaves a cookie and a
// localStorage entry on whichever host it is opened under; /store/cookies says which cookie names
// came back. Values are fixed markers, never echoed: tests compare names only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHtml, layout } from '../http/html.ts';
import { parseCookies, sendHtml, sendJson } from '../http/respond.ts';
import type { LabContext } from '../types.ts';

const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const DOMAIN = /^[A-Za-z0-9.-]{1,253}$/;

function cookieLine(name: string, ctx: LabContext): string {
  const parts = [`${name}=lab-stored`, 'Path=/', 'Max-Age=86400'];
  const domain = ctx.url.searchParams.get('domain');
  // Domain= makes a cookie visible to every subdomain: the registrable-domain tests need one.
  if (domain && DOMAIN.test(domain)) parts.push(`Domain=${domain}`);
  if (ctx.url.searchParams.get('partitioned') === '1') {
    // CHIPS: Partitioned needs Secure and SameSite=None; it only sticks over HTTPS.
    parts.push('Secure', 'SameSite=None', 'Partitioned');
  } else {
    parts.push('SameSite=Lax');
  }
  return parts.join('; ');
}

export function storeRoutes(req: IncomingMessage, res: ServerResponse, ctx: LabContext): boolean {
  const path = ctx.url.pathname;
  if (path === '/store/cookies') {
    return sendJson(res, 200, { host: ctx.url.host, cookies: [...parseCookies(req.headers.cookie).keys()].sort() });
  }
  if (path === '/store/page') {
    // A blank page of the host, for tests that read localStorage with page.evaluate.
    return sendHtml(res, 200, layout('Store', '<h1>Store</h1>'));
  }
  if (path !== '/store/set') return false;
  const name = ctx.url.searchParams.get('name') ?? '';
  if (!NAME.test(name)) return sendJson(res, 400, { error: 'name must match [A-Za-z0-9_-]{1,64}' });
  const script = `localStorage.setItem(${JSON.stringify(name)}, 'lab-stored'); document.body.dataset.stored = '1';`;
  return sendHtml(
    res,
    200,
    layout('Stored', `<h1>Stored</h1><p>A cookie and a localStorage entry named <code>${escapeHtml(name)}</code> are set for this host.</p>`, script),
    { 'Set-Cookie': cookieLine(name, ctx) },
  );
}
