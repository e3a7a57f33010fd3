// The names of the cookies the browser holds for a URL, for the diagnosis ("the site's cookies as
// they exist now"). Values are never read out. Kept apart from site-data.ts so the first paint
// does not load the clearing code.
import { browser } from './browser.ts';

export async function cookieNamesFor(url: string): Promise<string[] | null> {
  try {
    return (await browser.cookies.getAll({ url })).map((c) => c.name);
  } catch {
    return null;
  }
}
