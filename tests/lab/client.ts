// A tiny HTTP client for the lab tests: node:http, because the tests must set Host (the lab is
// reached under several host names) and see every WWW-Authenticate line on its own.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LabStep } from '../../lab/types.ts';

export interface Reply {
  status: number;
  /** Every field as the list of its lines (node's headersDistinct). */
  headers: Record<string, string[]>;
  body: string;
}

/** Cookie names and values, kept between requests like a browser of one site would. */
export type Jar = Map<string, string>;

export interface SendOptions {
  /** The Host header (and the authority in absolute-form requests); defaults to the lab's own. */
  host?: string;
  jar?: Jar;
  /** Send through the lab proxy at this port, in absolute-form as browsers do. */
  proxyPort?: number;
  secure?: boolean;
  /** Follow 3xx Location answers (GET) the way fetch does. */
  follow?: boolean;
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

function storeCookies(jar: Jar | undefined, setCookie: readonly string[] | undefined): void {
  if (!jar || !setCookie) return;
  for (const line of setCookie) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    const name = pair!.slice(0, eq).trim();
    if (/max-age=0/i.test(line)) jar.delete(name);
    else jar.set(name, pair!.slice(eq + 1).trim());
  }
}

export async function send(port: number, step: LabStep, opts: SendOptions = {}): Promise<Reply> {
  let current: LabStep = step;
  for (let hops = 0; hops < 5; hops++) {
    const reply = await once(port, current, opts);
    const location = reply.headers.location?.[0];
    if (!opts.follow || reply.status < 300 || reply.status > 399 || !location) return reply;
    current = { method: 'GET', path: new URL(location, 'http://x').pathname + new URL(location, 'http://x').search };
  }
  throw new Error('too many redirects');
}

function once(port: number, step: LabStep, opts: SendOptions): Promise<Reply> {
  const host = opts.host ?? `127.0.0.1:${port}`;
  const body = step.form ? new URLSearchParams(step.form).toString() : null;
  const headers: Record<string, string> = { host, ...step.headers };
  if (body !== null) headers['content-type'] = 'application/x-www-form-urlencoded';
  if (opts.jar && opts.jar.size > 0) {
    headers.cookie = [...opts.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  const viaProxy = opts.proxyPort !== undefined;
  const make = opts.secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = make(
      {
        host: '127.0.0.1',
        port: viaProxy ? opts.proxyPort : port,
        method: step.method,
        path: viaProxy ? `http://${host}${step.path}` : step.path,
        headers,
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const distinct = res.headersDistinct as IncomingHttpHeaders & Record<string, string[]>;
          storeCookies(opts.jar, distinct['set-cookie']);
          resolve({ status: res.statusCode ?? 0, headers: distinct, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

export const get = (port: number, path: string, opts: SendOptions & { headers?: Record<string, string> } = {}) =>
  send(port, { method: 'GET', path, ...(opts.headers ? { headers: opts.headers } : {}) }, opts);
