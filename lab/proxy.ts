// The lab's forward proxy. It asks for credentials (407, RFC 9110 §15.5.8) and, once given the lab
// account, forwards the request — always and only to the lab itself, whatever host the absolute URL
// names, so a browser pointed at it can never reach the outside world through it.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { hasLabCredentials } from './auth/basic.ts';
import { layout } from './http/html.ts';
import { sendHtml } from './http/respond.ts';

export const PROXY_REALM = '401 Lab proxy';
export const PROXY_CHALLENGE = `Basic realm="${PROXY_REALM}"`;
export const VIA = '1.1 401-lab-proxy';

// RFC 9110 §7.6.1: connection-specific fields are not forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

function forwardHeaders(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (!HOP_BY_HOP.has(raw[i]!.toLowerCase())) out.push(raw[i]!, raw[i + 1]!);
  }
  return out;
}

/** Host and path the client asked for; absolute-form (RFC 9112 §3.2.2) is what browsers send a proxy. */
function target(req: IncomingMessage): { host: string | null; path: string } {
  const raw = req.url ?? '/';
  if (raw.startsWith('/')) return { host: req.headers.host ?? null, path: raw };
  try {
    const url = new URL(raw);
    return { host: url.host, path: `${url.pathname}${url.search}` };
  } catch {
    return { host: null, path: '/' };
  }
}

function refuse(res: ServerResponse): void {
  sendHtml(
    res,
    407,
    layout('407 Proxy Authentication Required', '<h1>407 Proxy Authentication Required</h1><p>This proxy needs the lab account.</p>'),
    { 'Proxy-Authenticate': PROXY_CHALLENGE },
  );
}

function forward(req: IncomingMessage, res: ServerResponse, labPort: number): void {
  const { host, path } = target(req);
  const headers = forwardHeaders(req.rawHeaders);
  const upstream = request(
    {
      host: '127.0.0.1',
      port: labPort,
      method: req.method,
      path,
      // The Host stays the one the browser asked for: the lab is host-agnostic, and the per-host
      // cookie tests depend on it.
      headers: [...withHost(headers, host), 'Via', VIA],
    },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.statusMessage, forwardHeaders(up.rawHeaders));
      up.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) sendHtml(res, 502, layout('502 Bad Gateway', '<h1>502 Bad Gateway</h1>'));
    else res.destroy();
  });
  req.pipe(upstream);
}

function withHost(headers: string[], host: string | null): string[] {
  if (!host) return headers;
  const out: string[] = [];
  for (let i = 0; i + 1 < headers.length; i += 2) {
    if (headers[i]!.toLowerCase() !== 'host') out.push(headers[i]!, headers[i + 1]!);
  }
  return ['Host', host, ...out];
}

function refuseTunnel(_req: IncomingMessage, socket: Duplex): void {
  // No CONNECT: a tunnel could reach any address, and the lab must only ever reach itself.
  socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
}

export function createLabProxy(labPort: () => number): Server {
  const server = createServer((req, res) => {
    if (!hasLabCredentials(req.headers['proxy-authorization'])) {
      req.resume();
      refuse(res);
      return;
    }
    forward(req, res, labPort());
  });
  server.on('connect', refuseTunnel);
  return server;
}
