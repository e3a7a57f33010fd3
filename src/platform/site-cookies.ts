// The cookies the browser holds for a refused URL's site, partitioned (CHIPS) ones included, with
// the attributes the cookie-not-sent cause reads (src/core/capture/site-cookies.ts); values are
// never read out. Kept apart from site-data.ts so the view does not load the clearing code.
import { cookieQueryDomains, siteCookiesOf, type BrowserCookie } from '../core/capture/site-cookies.ts';
import type { SiteCookie } from '../core/diagnosis/types.ts';
import { browser } from './browser.ts';
import { browserFamily } from './platform-info.ts';

type GetAll = (details: Record<string, unknown>) => Promise<BrowserCookie[]>;

/**
 * An empty partitionKey asks for every partition as well as the unpartitioned cookies (Chromium
 * 119+, Firefox 94+); Firefox also throws under first-party isolation unless firstPartyDomain is
 * given (null: every first party), and Chromium rejects that property, so it is Firefox's only.
 */
async function cookiesOfDomain(getAll: GetAll, domain: string, firefox: boolean): Promise<BrowserCookie[]> {
  const base = firefox ? { domain, firstPartyDomain: null } : { domain };
  try {
    return await getAll({ ...base, partitionKey: {} });
  } catch {
    // A browser without CHIPS support: it has no partitioned cookies to find.
    return getAll(base);
  }
}

/** Null (never a rejection) when the cookies API is missing or refuses: the diagnosis then says nothing of cookies. */
export async function siteCookiesFor(url: string): Promise<SiteCookie[] | null> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  try {
    const getAll = browser.cookies.getAll as unknown as GetAll;
    const firefox = browserFamily() === 'firefox';
    const lists = await Promise.all(cookieQueryDomains(host).map((d) => cookiesOfDomain(getAll, d, firefox)));
    return siteCookiesOf(lists.flat(), host);
  } catch {
    return null;
  }
}
