// The page probe of a refused response, as the popup reads it from the error page the browser
// shows: the title and the start of the visible text. The diagnosis reads server wording from it
// (IIS "401.3", nginx's "Authorization Required", a security plugin's lockout page).
import type { PageProbe } from '../core/observation.ts';

const TEXT_LIMIT = 4000;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Null when the body is not a document a person would read (JSON APIs are probed through their headers). */
export function probeOf(url: string, contentType: string | null, body: string): PageProbe | null {
  const type = (contentType ?? '').toLowerCase();
  if (body === '' || !(type.includes('html') || type.startsWith('text/'))) return null;
  if (!type.includes('html')) return { url, title: '', text: squash(body).slice(0, TEXT_LIMIT) };
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1] ?? '';
  const text = body
    .replace(/<(script|style|head|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return { url, title: squash(decodeEntities(title)), text: squash(decodeEntities(text)).slice(0, TEXT_LIMIT) };
}
