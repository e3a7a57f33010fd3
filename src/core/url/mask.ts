// Masks what must never be stored, logged or shown: userinfo in the URL (user:pass@host) and
// the values of query or fragment parameters whose names look secret. Runs on every URL capture
// records, so it stays cheap and never throws (an unparsable URL is returned with its query cut).
const SECRET_NAME =
  /(^|[_\-.])(access[_-]?token|id[_-]?token|refresh[_-]?token|token|key|apikey|api[_-]?key|code|password|passwd|pwd|pass|secret|sig|signature|session|sessionid|sid|auth|authorization|credential|credentials|jwt|otp|ticket|x-amz-signature|x-amz-credential|x-amz-security-token)([_\-.]|$)/i;

export const MASK = '•••';

/** True when a parameter name looks like it carries a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

function maskParams(part: string): string {
  if (part === '') return part;
  return part
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // Keep the raw name: a bad escape must not unmask anything.
      }
      return isSecretName(name) && eq < pair.length - 1 ? `${pair.slice(0, eq)}=${MASK}` : pair;
    })
    .join('&');
}

export function maskUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    const cut = raw.search(/[?#]/);
    return cut < 0 ? raw : raw.slice(0, cut);
  }
  // Built by hand: assigning MASK to url.username would percent-encode it.
  const userinfo = url.username || url.password ? `${MASK}${url.password ? `:${MASK}` : ''}@` : '';
  const search = url.search.slice(1);
  const hash = url.hash.slice(1);
  const base = url.host ? `${url.protocol}//${userinfo}${url.host}${url.pathname}` : `${url.protocol}${url.pathname}`;
  return `${base}${search ? `?${maskParams(search)}` : ''}${hash ? `#${maskParams(hash)}` : ''}`;
}
