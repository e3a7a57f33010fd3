// The 401 lab: one node:http server on 127.0.0.1 that routes by path only (never by host, so tests
// can reach it under many host names with --host-resolver-rules), an optional HTTPS twin, and the
// real servers it starts beside itself (nginx, Apache, caddy, squid as the forward proxy, Express
// apps: lab/real/), to which the scenarios on real software forward their paths.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { sendIndex } from './admin/index-page.ts';
import { labRoutes } from './admin/lab-routes.ts';
import { storeRoutes } from './admin/store.ts';
import { makeSelfSigned } from './https-cert.ts';
import { sendText } from './http/respond.ts';
import { startRealServers } from './real/index.ts';
import { scenarios } from './scenarios/index.ts';
import { LabState } from './state.ts';
import type { Backends } from './real/index.ts';
import type { Lab, LabContext, LabOptions } from './types.ts';

export type { Lab, LabOptions } from './types.ts';

const DEFAULT_SESSION_TTL_MS = 2 * 60 * 1000;

function requestUrl(req: IncomingMessage, secure: boolean, fallbackHost: string): { url: URL; origin: string } {
  const scheme = secure ? 'https' : 'http';
  const raw = req.url ?? '/';
  if (!raw.startsWith('/')) {
    // absolute-form sent straight to the lab (RFC 9112 §3.2.2): route by its path like any other.
    const url = new URL(raw);
    return { url, origin: `${scheme}://${url.host}` };
  }
  const origin = `${scheme}://${req.headers.host ?? fallbackHost}`;
  // Concatenated, not resolved: new URL('//x', base) would take "x" for a host.
  return { url: new URL(`${origin}${raw}`), origin: new URL(origin).origin };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Browsers keep connections alive; without this close() would wait for them to time out.
    server.closeAllConnections();
  });
}

export async function startLab(opts: LabOptions = {}): Promise<Lab> {
  const host = opts.host ?? '127.0.0.1';
  const started = performance.now();
  const state = new LabState(opts.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS);
  const admin = labRoutes(scenarios);
  let proxyUrl = '';
  let backends: Backends | null = null;

  function handler(secure: boolean) {
    return async (req: IncomingMessage, res: ServerResponse) => {
      state.requests += 1;
      let ctx: LabContext;
      try {
        const { url, origin } = requestUrl(req, secure, host);
        if (!backends) throw new Error('the real servers are not up yet');
        ctx = { state, url, origin, secure, backends };
      } catch {
        sendText(res, 400, 'Bad request target\n');
        return;
      }
      try {
        if (ctx.url.pathname === '/') {
          sendIndex(res, scenarios, proxyUrl);
          return;
        }
        if (admin(req, res, ctx) || storeRoutes(req, res, ctx)) return;
        for (const scenario of scenarios) {
          if (await scenario.handle(req, res, ctx)) {
            state.count(scenario.id);
            return;
          }
        }
        sendText(res, 404, 'Not found in the 401 lab\n');
      } catch {
        // No detail: an error message could carry a request header value.
        if (!res.headersSent) sendText(res, 500, 'The lab failed on this request\n');
        else res.destroy();
      }
    };
  }

  const http = createHttpServer(handler(false));
  const port = await listen(http, opts.port ?? 0, host);

  // In parallel: the servers take the longest, the certificate a moment.
  const [real, tls] = await Promise.all([
    startRealServers(port, opts.proxyPort ?? 0).catch(async (err: unknown) => {
      await close(http);
      throw err;
    }),
    opts.https === false ? null : makeSelfSigned(),
  ]);
  backends = real.ports;
  const proxyPort = real.ports.squid;
  proxyUrl = `http://${host}:${proxyPort}`;

  let https: Server | null = null;
  let httpsPort: number | null = null;
  if (tls) {
    https = createHttpsServer(tls, handler(true)) as unknown as Server;
    httpsPort = await listen(https, opts.httpsPort ?? 0, host);
  }

  return {
    url: `http://${host}:${port}`,
    port,
    httpsUrl: httpsPort === null ? null : `https://${host}:${httpsPort}`,
    httpsPort,
    proxyUrl,
    proxyPort,
    backends: real.ports,
    startMs: Math.round(performance.now() - started),
    startMsByServer: real.startMsByServer,
    reset: () => state.reset(),
    async close() {
      await Promise.all([close(http), real.close(), ...(https ? [close(https)] : [])]);
    },
  };
}
