// A tiny HTTP server of the restart test's own, on 127.0.0.1: a page, an API that refuses at once,
// and an API whose refusals it holds until told to release them. Holding lets a test stop the
// service worker while requests are in flight (already sent, answer not yet received), so the
// response events reach the next worker by construction instead of by luck.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HoldServer {
  port: number;
  /** How many held requests have reached the server (their headers were sent by the browser). */
  arrived(): number;
  waitArrived(n: number, timeoutMs?: number): Promise<void>;
  /** Answers every held request (401) and the later ones at once. */
  release(): void;
  /** Holds the answers of the requests that arrive from now on, until the next release(). */
  hold(): void;
  close(): Promise<void>;
}

// A Bearer challenge: Chromium has no prompt for it, so fetch() settles with the 401 (RFC 6750 §3).
function refuse(res: ServerResponse): void {
  res.writeHead(401, {
    'Content-Type': 'application/json',
    'WWW-Authenticate': 'Bearer realm="hold"',
    // The held requests go to one host name each (below), so they are cross-origin to the page.
    'Access-Control-Allow-Origin': '*',
  });
  res.end('{"error":"invalid_token"}');
}

export async function startHoldServer(): Promise<HoldServer> {
  const held: ServerResponse[] = [];
  let count = 0;
  let released = false;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/api/')) return refuse(res);
    if (path.startsWith('/held/')) {
      count++;
      if (released) refuse(res);
      else held.push(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>hold</title><p>hold</p>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    arrived: () => count,
    async waitArrived(n, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      while (count < n) {
        if (Date.now() > end) throw new Error(`only ${count} of ${n} held requests reached the server`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    release() {
      released = true;
      for (const res of held.splice(0)) refuse(res);
    },
    hold() {
      released = false;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
