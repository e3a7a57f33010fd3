// Small response helpers: one place sets Cache-Control, so no scenario is served from a cache by
// accident (a cached 401 would be another scenario: stale-site-data).
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Headers = Readonly<Record<string, string | readonly string[]>>;

export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Headers = {},
): true {
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) {
    // node writes an array as one field line per item: RFC 9110 §5.3 lets WWW-Authenticate repeat.
    res.setHeader(name, typeof value === 'string' ? value : [...value]);
  }
  res.end(body);
  return true;
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Headers = {}): true {
  return send(res, status, 'text/html; charset=utf-8', html, headers);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Headers = {}): true {
  return send(res, status, 'application/json', JSON.stringify(value), headers);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Headers = {}): true {
  return send(res, status, 'text/plain; charset=utf-8', text, headers);
}

export function redirect(res: ServerResponse, status: 302 | 303, location: string, headers: Headers = {}): true {
  return send(res, status, 'text/plain; charset=utf-8', `See ${location}\n`, { Location: location, ...headers });
}

const MAX_BODY = 64 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req));
}

/** RFC 6265 §5.4 cookie-string: name=value pairs separated by "; ". */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

/** True when the path is `prefix` itself or below it; `prefix` has no trailing slash. */
export function under(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}
