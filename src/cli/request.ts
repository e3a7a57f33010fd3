// One HTTP exchange over node:http/https, never following a redirect (redirect.ts does that by hand
// so the chain is known). With a proxy, a plain-http URL goes to it in absolute form (RFC 9112
// §3.2.2) and an https URL through a CONNECT tunnel (RFC 9110 §9.3.6); a proxy's refusal of the
// tunnel (407) is the answer then, like the browser's.
import { request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { CliFailure, type FailureCode } from './errors.ts';
import type { HeaderPair } from './headers.ts';

export interface Exchange {
  status: number;
  statusText: string;
  /** Response header lines in order, names as received; repeated fields stay separate lines. */
  headers: HeaderPair[];
  /** The start of the body as text (see BODY_LIMIT): enough for the error page's title and wording. */
  body: string;
  remoteAddress: string | null;
  /** True when the proxy, not the site, answered (its refusal of a CONNECT tunnel). */
  fromProxy: boolean;
}

export interface ExchangeRequest {
  url: URL;
  method: string;
  headers: readonly HeaderPair[];
  body: string | null;
  proxy: URL | null;
  signal: AbortSignal;
}

const BODY_LIMIT = 64 * 1024;
export const USER_AGENT = '401-doctor/0.1 (+https://github.com/401-doctor)';

/** node:http wants an IPv6 literal without the brackets a URL puts around it. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

function headerObject(pairs: readonly HeaderPair[]): OutgoingHttpHeaders {
  const out: Record<string, string[]> = {};
  const names = new Map<string, string>();
  for (const { name, value } of pairs) {
    const key = names.get(name.toLowerCase()) ?? name;
    names.set(name.toLowerCase(), key);
    (out[key] ??= []).push(value);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length === 1 ? v[0]! : v]));
}

function withDefaults(req: ExchangeRequest, forProxy: boolean): HeaderPair[] {
  const given = new Set(req.headers.map((h) => h.name.toLowerCase()));
  const out: HeaderPair[] = [];
  if (!given.has('user-agent')) out.push({ name: 'User-Agent', value: USER_AGENT });
  if (!given.has('accept')) out.push({ name: 'Accept', value: '*/*' });
  if (req.body !== null && !given.has('content-type')) {
    out.push({ name: 'Content-Type', value: 'application/x-www-form-urlencoded' });
  }
  // Proxy-Authorization is for the proxy alone (RFC 9110 §11.7.2): never sent to an origin directly.
  for (const h of req.headers) if (forProxy || h.name.toLowerCase() !== 'proxy-authorization') out.push(h);
  return out;
}

function failureCode(e: unknown): FailureCode {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const name = e instanceof Error ? e.name : '';
  if (name === 'AbortError' || code === 'ABORT_ERR') return 'timeout';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns';
  if (code.startsWith('HPE_')) return 'protocol';
  if (/CERT|SSL|TLS|SELF_SIGNED|DEPTH_ZERO|^UNABLE_TO_/.test(code)) return 'tls';
  return 'unreachable';
}

/**
 * What went wrong with a certificate, from OpenSSL's verify codes as node reports them
 * (X509_V_ERR_* without the prefix, node's doc "errors", section "OpenSSL error codes") and
 * node's own ERR_TLS_CERT_ALTNAME_INVALID (tls.checkServerIdentity).
 */
const TLS_KINDS: Readonly<Record<string, string>> = {
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not_yet_valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self_signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'self_signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted',
  CERT_UNTRUSTED: 'untrusted',
  CERT_REVOKED: 'detail',
  ERR_TLS_CERT_ALTNAME_INVALID: 'wrong_name',
  HOSTNAME_MISMATCH: 'wrong_name',
};

/** The message of a TLS failure with its code: an identifier of the TLS library, never data of the request. */
export function tlsMessage(e: unknown, host: string): { id: string; subs: string[] } {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (!/^[A-Z0-9_]{2,64}$/.test(code)) return { id: 'cli_error_tls', subs: [host] };
  return { id: `cli_error_tls_${TLS_KINDS[code] ?? 'detail'}`, subs: [host, code] };
}

export function networkFailure(e: unknown, url: URL): CliFailure {
  if (e instanceof CliFailure) return e;
  const code = failureCode(e);
  if (code === 'tls') return new CliFailure(code, tlsMessage(e, url.host));
  return new CliFailure(code, { id: `cli_error_${code}`, subs: [url.host] });
}

/** The header lines as received: node's rawHeaders alternate name and value. */
function headerPairs(res: IncomingMessage): HeaderPair[] {
  const headers: HeaderPair[] = [];
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) headers.push({ name: res.rawHeaders[i]!, value: res.rawHeaders[i + 1]! });
  return headers;
}

function readResponse(res: IncomingMessage, fromProxy: boolean): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const headers = headerPairs(res);
    const done = (): void =>
      resolve({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        remoteAddress: res.socket?.remoteAddress ?? null,
        fromProxy,
      });
    res.on('data', (chunk: Buffer) => {
      if (size >= BODY_LIMIT) return;
      chunks.push(chunk.subarray(0, BODY_LIMIT - size));
      size += chunk.length;
      // What is past the limit is not needed: stop reading rather than download a large body.
      if (size >= BODY_LIMIT) {
        res.destroy();
        done();
      }
    });
    res.on('end', done);
    res.on('error', reject);
  });
}

function send(req: ClientRequest, body: string | null, fromProxy: boolean): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    req.on('response', (res) => readResponse(res, fromProxy).then(resolve, reject));
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

/** Opens a CONNECT tunnel; resolves with the socket, or with the proxy's own answer when it refuses. */
function tunnel(req: ExchangeRequest, proxy: URL): Promise<Socket | Exchange> {
  const authority = `${req.url.hostname}:${req.url.port || '443'}`;
  const proxyHeaders = req.headers.filter((h) => h.name.toLowerCase() === 'proxy-authorization');
  return new Promise((resolve, reject) => {
    const r = httpRequest({
      host: hostOf(proxy),
      port: proxy.port || 80,
      method: 'CONNECT',
      path: authority,
      headers: headerObject([{ name: 'Host', value: authority }, { name: 'User-Agent', value: USER_AGENT }, ...proxyHeaders]),
      signal: req.signal,
    });
    r.on('connect', (res: IncomingMessage, socket: Socket) => {
      if (res.statusCode === 200) {
        resolve(socket);
        return;
      }
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: headerPairs(res), body: '', remoteAddress: null, fromProxy: true });
    });
    r.on('response', (res) => readResponse(res, true).then(resolve, reject));
    r.on('error', reject);
    r.end();
  });
}

export async function exchange(req: ExchangeRequest): Promise<Exchange> {
  const { url, proxy } = req;
  const path = `${url.pathname}${url.search}`;
  const secure = url.protocol === 'https:';
  try {
    if (proxy && !secure) {
      const r = httpRequest({
        host: hostOf(proxy),
        port: proxy.port || 80,
        method: req.method,
        path: url.href.replace(/#.*$/, ''),
        headers: headerObject([{ name: 'Host', value: url.host }, ...withDefaults(req, true)]),
        signal: req.signal,
      });
      return await send(r, req.body, false);
    }
    if (proxy && secure) {
      const opened = await tunnel(req, proxy);
      if (!('destroy' in opened)) return opened;
      const r = httpsRequest({
        host: hostOf(url),
        method: req.method,
        path,
        headers: headerObject(withDefaults(req, false)),
        signal: req.signal,
        agent: false,
        // SNI carries host names only (RFC 6066 §3), never an IP literal.
        createConnection: () => tlsConnect({ socket: opened, ...(isIP(hostOf(url)) ? {} : { servername: hostOf(url) }) }),
      });
      return await send(r, req.body, false);
    }
    const r = (secure ? httpsRequest : httpRequest)({
      host: hostOf(url),
      port: url.port || (secure ? 443 : 80),
      method: req.method,
      path,
      headers: headerObject(withDefaults(req, false)),
      signal: req.signal,
    });
    return await send(r, req.body, false);
  } catch (e) {
    throw networkFailure(e, url);
  }
}
