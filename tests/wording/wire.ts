// Starts a real server library on 127.0.0.1 and reads its refusal as the browser receives it: the
// WWW-Authenticate field (parsed by our own challenge parser, as the diagnosis does), the body as
// a page shows it. The wording table is then asked about exactly those bytes.
import type { AddressInfo } from 'node:net';
import { createServer, type RequestListener, type Server } from 'node:http';
import { parseField, tokenError } from '../../src/core/diagnosis/challenges.ts';
import { diagnose } from '../../src/core/diagnosis/diagnose.ts';
import type { Diagnosis } from '../../src/core/diagnosis/types.ts';
import { classifyTokenText, type WordingMatch } from '../../src/core/diagnosis/server-words.ts';

export interface Listening {
  base: string;
  close(): Promise<void>;
}

export async function listen(handler: RequestListener): Promise<Listening> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}

export interface Refusal {
  status: number;
  /** The raw WWW-Authenticate field value(s), joined as fetch joins them. */
  wwwAuthenticate: string | null;
  /** error_description of the Bearer challenge, after our parser unquoted it. */
  description: string | null;
  /** The body as text; for an HTML page, the text a browser renders (tags dropped, entities decoded). */
  body: string;
  /** What the diagnosis makes of the description, and of the body. */
  fromHeader: WordingMatch | null;
  fromBody: WordingMatch | null;
}

/** Minimal HTML-to-text for the error pages these libraries write (Express's finalhandler). */
function pageText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export async function refuse(url: string, token: string): Promise<Refusal> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const raw = await res.text();
  const body = (res.headers.get('content-type') ?? '').includes('text/html') ? pageText(raw) : raw;
  const wwwAuthenticate = res.headers.get('www-authenticate');
  const description = wwwAuthenticate === null ? null : (tokenError(parseField([wwwAuthenticate]).challenges)?.description ?? null);
  return { status: res.status, wwwAuthenticate, description, body, fromHeader: classifyTokenText(description), fromBody: classifyTokenText(body) };
}

/**
 * The whole diagnosis of that refusal, as the extension would record it: a script's fetch that
 * carried a Bearer token and got this status and WWW-Authenticate (no page probe: a fetch has none).
 */
export function diagnoseRefusal(url: string, r: Refusal): Diagnosis {
  const now = Date.now();
  return diagnose({
    now,
    successes: [],
    observations: [{
      id: 'wire', time: now - 1000, tabId: 1, frameId: 0, type: 'xmlhttprequest', method: 'GET', url,
      status: r.status, statusLine: `HTTP/1.1 ${r.status}`,
      wwwAuthenticate: r.wwwAuthenticate === null ? [] : [r.wwwAuthenticate], proxyAuthenticate: [],
      server: null, retryAfter: null, contentType: null, location: null, redirectChain: [], fromCache: false, ip: null, authRequired: [],
      credentials: { authorizationScheme: 'Bearer', cookieNames: [], browserRetried: 'no' },
    }],
  });
}
