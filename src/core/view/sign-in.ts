// Where "log in again" should take the user. The challenge itself may say (a Cookie challenge's
// form-action, OAuth's authorization_uri, a realm that is a URL); WordPress always signs in at
// wp-login.php; Basic and Digest need only a reload, since the browser asks for the password
// itself (RFC 7617 §2, RFC 7616 §3.3); otherwise the site's usual sign-in paths are tried.
import type { Challenge } from '../challenge/types.ts';

export type SignInPlan =
  | { kind: 'open'; url: string }
  | { kind: 'reload' }
  /** Try these in order (on click), open the first one that answers with a page; reload if none. */
  | { kind: 'probe'; urls: string[] };

const USUAL_PATHS = ['/login', '/signin', '/sign-in', '/user/login', '/account/login', '/auth/login'];
const WORDPRESS = /\/wp-(admin|login\.php|json|content|includes)\b/;

function httpUrl(raw: string | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Only absolute URLs count for a realm: a realm is free text, and "Admin area" is no path. */
function realmUrl(realm: string | undefined): string | null {
  return realm && /^https?:\/\//i.test(realm) ? httpUrl(realm, realm) : null;
}

export function isWordPress(urls: readonly string[]): boolean {
  return urls.some((u) => WORDPRESS.test(u));
}

export function signInPlan(challenges: readonly Challenge[], url: string, seenUrls: readonly string[]): SignInPlan {
  for (const c of challenges) {
    const target = httpUrl(c.params['form-action'], url) ?? httpUrl(c.params['authorization_uri'], url) ?? realmUrl(c.params['realm']);
    if (target) return { kind: 'open', url: target };
  }
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return { kind: 'reload' };
  }
  if (isWordPress([url, ...seenUrls])) {
    return { kind: 'open', url: `${origin}/wp-login.php?redirect_to=${encodeURIComponent(url)}` };
  }
  if (challenges.some((c) => c.scheme === 'basic' || c.scheme === 'digest')) return { kind: 'reload' };
  return { kind: 'probe', urls: USUAL_PATHS.map((p) => origin + p) };
}
