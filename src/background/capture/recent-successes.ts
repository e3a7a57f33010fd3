// Recent 2xx documents and API calls per tab and origin, in memory only: most origins never refuse,
// so their successes are not worth a storage write. When an origin refuses, its recent successes
// join the observation in storage (a stopped worker loses this hint, nothing more).
import type { HttpHeader } from '../../core/capture/details.ts';
import { cookieNames } from '../../core/capture/credentials.ts';
import { firstHeader } from '../../core/capture/headers.ts';
import type { Success } from '../../core/observation.ts';
import { maskUrl } from '../../core/url/mask.ts';

export interface RawSuccess {
  time: number;
  url: string;
  type: string;
  status: number;
  requestHeaders: HttpHeader[] | undefined;
}

const PER_ORIGIN = 10;
const ORIGINS_PER_TAB = 20;

/** Only what a person could go back to or an app calls: images, scripts and styles say little. */
export const SUCCESS_TYPES: ReadonlySet<string> = new Set(['main_frame', 'sub_frame', 'xmlhttprequest']);

export function toSuccess(raw: RawSuccess): Success {
  return { time: raw.time, url: maskUrl(raw.url), type: raw.type, status: raw.status, cookieNames: cookieNames(firstHeader(raw.requestHeaders, 'Cookie')) };
}

export class RecentSuccesses {
  private readonly tabs = new Map<number, Map<string, RawSuccess[]>>();

  push(tabId: number, origin: string, s: RawSuccess): void {
    let origins = this.tabs.get(tabId);
    if (!origins) this.tabs.set(tabId, (origins = new Map()));
    let list = origins.get(origin);
    if (!list) {
      if (origins.size >= ORIGINS_PER_TAB) origins.delete(origins.keys().next().value as string);
      origins.set(origin, (list = []));
    }
    list.push(s);
    if (list.length > PER_ORIGIN) list.shift();
  }

  /** Hands over (and forgets) an origin's successes on a tab, masked and stripped of values. */
  take(tabId: number, origin: string): Success[] {
    const origins = this.tabs.get(tabId);
    const list = origins?.get(origin);
    if (!list) return [];
    origins!.delete(origin);
    return list.map(toSuccess);
  }

  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
