// The lab's reverse proxy to its real servers: a scenario path stays on the lab's origin while
// nginx, Apache, caddy or an Express app answers it. Status, reason, headers (Date and Server
// included) and body pass through as the real server sent them; only hop-by-hop fields are dropped
// (RFC 9110 §7.6.1). The Host the browser used goes along, so pages and redirects name it.
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { BackendName } from '../real/index.ts';
import type { LabContext, ScenarioHandler } from '../types.ts';
import { sendText, under } from './respond.ts';

const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer',
  'transfer-encoding', 'upgrade',
]);

export function endToEnd(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (!HOP_BY_HOP.has(raw[i]!.toLowerCase())) out.push(raw[i]!, raw[i + 1]!);
  }
  return out;
}

export function forward(req: IncomingMessage, res: ServerResponse, ctx: LabContext, backend: BackendName): Promise<true> {
  return new Promise((resolve) => {
    const headers = [...endToEnd(req.rawHeaders), 'X-Forwarded-Proto', ctx.secure ? 'https' : 'http'];
    const upstream = request(
      { host: '127.0.0.1', port: ctx.backends[backend], method: req.method, path: `${ctx.url.pathname}${ctx.url.search}`, headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.statusMessage, endToEnd(up.rawHeaders));
        up.pipe(res);
        up.on('end', () => resolve(true));
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) sendText(res, 502, `The lab's ${backend} did not answer\n`);
      else res.destroy();
      resolve(true);
    });
    req.pipe(upstream);
  });
}

/** A scenario handler that hands every request under `base` to the real server. */
export function forwardUnder(base: string, backend: BackendName): ScenarioHandler {
  return (req, res, ctx) => (under(ctx.url.pathname, base) ? forward(req, res, ctx, backend) : false);
}
