// RFC 7616 Digest: challenges the lab sends and a real check of the client's answer (qop=auth).
// Nonces are stateless: issue time plus an HMAC, so the server can tell a forged nonce from a stale one.
import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LAB_PASSWORD, LAB_USER } from './accounts.ts';
import { sameText } from './basic.ts';

export type DigestAlgorithm = 'SHA-256' | 'MD5';

export const DIGEST_OPAQUE = 'lab-opaque-5ccc069c403ebaf9f0171e9517f40e41';

/** How long a nonce stays fresh; after it the server asks again with stale=true (RFC 7616 §3.3). */
export const NONCE_TTL_MS = 5 * 60 * 1000;

export function makeNonce(secret: Buffer, realm: string, now = Date.now()): string {
  const issued = now.toString(36);
  const mac = createHmac('sha256', secret).update(`${issued}:${realm}`).digest('base64url');
  return Buffer.from(`${issued}:${mac}`).toString('base64url');
}

type NonceCheck = 'fresh' | 'stale' | 'forged';

export function checkNonce(secret: Buffer, realm: string, nonce: string, now = Date.now()): NonceCheck {
  const [issued, mac] = Buffer.from(nonce, 'base64url').toString('utf8').split(':');
  if (!issued || !mac) return 'forged';
  const expected = createHmac('sha256', secret).update(`${issued}:${realm}`).digest('base64url');
  if (!sameText(mac, expected)) return 'forged';
  return now - parseInt(issued, 36) > NONCE_TTL_MS ? 'stale' : 'fresh';
}

export function digestChallenge(
  realm: string,
  nonce: string,
  algorithm: DigestAlgorithm,
  stale = false,
): string {
  // RFC 7616 §3.3: the parameters a compliant challenge carries; stale is only sent when true.
  return (
    `Digest realm="${realm}", qop="auth", algorithm=${algorithm}, nonce="${nonce}", ` +
    `opaque="${DIGEST_OPAQUE}"${stale ? ', stale=true' : ''}`
  );
}

/** auth-param list of an Authorization: Digest header (RFC 9110 §11.2 syntax). */
export function parseDigestParams(header: string): Map<string, string> | null {
  const match = /^digest\s+/i.exec(header);
  if (!match) return null;
  const params = new Map<string, string>();
  const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
  for (const m of header.slice(match[0].length).matchAll(re)) {
    params.set(m[1]!.toLowerCase(), m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!);
  }
  return params;
}

function hash(algorithm: DigestAlgorithm, text: string): string {
  return createHash(algorithm === 'MD5' ? 'md5' : 'sha256').update(text, 'utf8').digest('hex');
}

/** RFC 7616 §3.4.1 response for qop=auth. Exported so tests can answer a challenge as a browser would. */
export function digestResponse(p: {
  algorithm: DigestAlgorithm;
  username: string;
  password: string;
  realm: string;
  method: string;
  uri: string;
  nonce: string;
  nc: string;
  cnonce: string;
}): string {
  const ha1 = hash(p.algorithm, `${p.username}:${p.realm}:${p.password}`);
  const ha2 = hash(p.algorithm, `${p.method}:${p.uri}`);
  return hash(p.algorithm, `${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:auth:${ha2}`);
}

export type DigestVerdict = 'ok' | 'stale' | 'missing' | 'wrong';

export function verifyDigest(req: IncomingMessage, secret: Buffer, realm: string): DigestVerdict {
  const header = req.headers.authorization;
  if (!header) return 'missing';
  const p = parseDigestParams(header);
  if (!p) return 'missing';
  const algorithm: DigestAlgorithm = (p.get('algorithm') ?? 'MD5').toUpperCase() === 'SHA-256' ? 'SHA-256' : 'MD5';
  const nonce = p.get('nonce') ?? '';
  const uri = p.get('uri') ?? '';
  if (p.get('realm') !== realm || p.get('username') !== LAB_USER || p.get('qop') !== 'auth') return 'wrong';
  // RFC 7616 §3.4.6: the uri parameter must name the request-target.
  if (uri !== req.url) return 'wrong';
  const expected = digestResponse({
    algorithm,
    username: LAB_USER,
    password: LAB_PASSWORD,
    realm,
    method: req.method ?? 'GET',
    uri,
    nonce,
    nc: p.get('nc') ?? '',
    cnonce: p.get('cnonce') ?? '',
  });
  if (!sameText(p.get('response') ?? '', expected)) return 'wrong';
  const freshness = checkNonce(secret, realm, nonce);
  if (freshness === 'forged') return 'wrong';
  // A right answer to an old nonce: the password is fine, only the nonce must be renewed.
  return freshness === 'stale' ? 'stale' : 'ok';
}
