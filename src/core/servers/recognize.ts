// Names the server software, platform and security plugins behind a refusal from what the
// Observation and the page probe hold. Pure and cheap: a handful of regular expressions.
import { iisSubStatus, type IisSubStatus } from './iis.ts';
import { PRODUCTS, type ProductKey, type ProductKind } from './products.ts';
import type { Message } from '../diagnosis/types.ts';

export interface ServerClues {
  /** The Server header (optionally with X-Powered-By appended by the caller). */
  server: string | null;
  /** The error page's title and text, when the popup could read them. */
  title?: string;
  text?: string;
  /** Path of the refused URL. */
  path?: string;
  /** Cookie names the request carried and the site holds. */
  cookieNames?: readonly string[];
}

export interface RecognizedProduct {
  key: ProductKey;
  kind: ProductKind;
  label: string;
  /** What gave it away: the header, the page, the URL or a cookie (evidence for the user). */
  via: 'server' | 'page' | 'path' | 'cookie';
  /** The cookie name or path fragment that matched, when `via` is cookie or path. */
  detail: string | null;
}

export interface ServerProfile {
  products: RecognizedProduct[];
  /** IIS sub-status from the error page, when IIS (or its page) was recognized. */
  iis: IisSubStatus | null;
}

export function recognizeServer(clues: ServerClues): ServerProfile {
  const title = clues.title ?? '';
  const text = (clues.text ?? '').slice(0, 4000);
  const page = `${title}\n${text}`;
  const products: RecognizedProduct[] = [];
  for (const p of PRODUCTS) {
    if (p.server && clues.server && p.server.test(clues.server)) {
      products.push({ key: p.key, kind: p.kind, label: p.label, via: 'server', detail: null });
      continue;
    }
    if (p.page && page.trim() !== '' && p.page.test(page)) {
      products.push({ key: p.key, kind: p.kind, label: p.label, via: 'page', detail: null });
      continue;
    }
    const pathMatch = p.path && clues.path ? p.path.exec(clues.path) : null;
    if (pathMatch) {
      products.push({ key: p.key, kind: p.kind, label: p.label, via: 'path', detail: pathMatch[0] });
      continue;
    }
    const cookie = p.cookie ? (clues.cookieNames ?? []).find((n) => p.cookie!.test(n)) : undefined;
    if (cookie !== undefined) products.push({ key: p.key, kind: p.kind, label: p.label, via: 'cookie', detail: cookie });
  }
  const iisSeen = products.some((p) => p.key === 'iis');
  return { products, iis: iisSeen ? iisSubStatus(title, text) : null };
}

/** What the owner of a site on this software should look at first. */
export function productHintMessage(key: ProductKey): Message {
  return { id: `server_${key}_hint` };
}
