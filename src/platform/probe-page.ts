// Reads what a refused top document shows: its title and the start of its text. The popup calls
// this only for the tab it was opened on (activeTab grants scripting for that tab then, and only
// then). Parsing the text belongs to the diagnosis; this only fetches it.
import { PageProbe } from '../core/observation.ts';
import { maskUrl } from '../core/url/mask.ts';
import { runInTab, type ScriptingPort } from './run-in-tab.ts';

/** The first 4 KB of text hold an error page's heading, sub-status and server signature. */
export const PROBE_TEXT_CHARS = 4096;


/**
 * Runs in the page: must be self-contained (it is serialized), and must not throw. `controlled`:
 * a service worker answers this page's requests (navigator.serviceWorker.controller, Service
 * Workers §3.4.1), so a refusal it fetched never showed the browser's sign-in prompt.
 */
function readPage(max: number): { url: string; title: string; text: string; controlled: boolean } {
  const body = document.body;
  let controlled = false;
  try {
    controlled = typeof navigator.serviceWorker !== 'undefined' && navigator.serviceWorker.controller !== null;
  } catch {
    // An opaque or sandboxed document may refuse the question: nothing known then, which is "no".
  }
  return { url: location.href, title: document.title, text: body ? body.innerText.slice(0, max) : '', controlled };
}

/**
 * Null (never a rejection) where the browser forbids scripting: chrome://, the web store,
 * file:// without access, error pages, a closed tab, or no activeTab grant.
 */
export async function probePage(tabId: number, scripting?: ScriptingPort): Promise<PageProbe | null> {
  const parsed = PageProbe.safeParse(await runInTab(tabId, readPage, [PROBE_TEXT_CHARS], scripting));
  if (!parsed.success) return null;
  return { ...parsed.data, url: maskUrl(parsed.data.url), text: parsed.data.text.slice(0, PROBE_TEXT_CHARS) };
}
