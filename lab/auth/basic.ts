// RFC 7617 Basic: the lab's check of user-id:password, and its challenge.
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { LAB_PASSWORD, LAB_USER } from './accounts.ts';

/** RFC 7617 §2.1: charset="UTF-8" tells the client how to encode user-id and password. */
export function basicChallenge(realm: string): string {
  return `Basic realm="${realm}", charset="UTF-8"`;
}

export function hasLabCredentials(header: string | undefined, scheme = 'basic'): boolean {
  if (!header) return false;
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space).toLowerCase() !== scheme) return false;
  const decoded = Buffer.from(header.slice(space + 1).trim(), 'base64').toString('utf8');
  return sameText(decoded, `${LAB_USER}:${LAB_PASSWORD}`);
}

export function basicOk(req: IncomingMessage): boolean {
  return hasLabCredentials(req.headers.authorization);
}

export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
