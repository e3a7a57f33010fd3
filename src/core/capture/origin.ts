// The origin of a URL without parsing it: runs on the listener's hot path for every 2xx, where a
// `new URL()` per image would be the most expensive thing the listener does.

/** "https://a.example:8443/x?y" → "https://a.example:8443"; a URL without "//" gives itself. */
export function originOf(url: string): string {
  const start = url.indexOf('//');
  if (start < 0) return url;
  let end = url.length;
  for (let i = start + 2; i < url.length; i++) {
    const c = url.charCodeAt(i);
    // '/', '?', '#'
    if (c === 47 || c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  const hostPart = url.slice(0, end);
  const at = hostPart.lastIndexOf('@');
  // Userinfo is not part of the origin (RFC 6454 §4) and may hold a password.
  return (at > start ? hostPart.slice(0, start + 2) + hostPart.slice(at + 1) : hostPart).toLowerCase();
}
