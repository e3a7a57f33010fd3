// Reads the 401 and 407 responses a tab's top document has in its Resource Timing buffer, for a
// worker that was stopped while their webRequest events were in its hands (core/capture/timeline.ts).
// Runs in the extension's isolated world, which shares the document's Performance timeline. A
// fetch has its entry once its body is done (an unread body leaves none yet); an XHR always reads it.
import { Missed } from '../core/observation.ts';
import { maskUrl } from '../core/url/mask.ts';
import { runInTab, type ScriptingPort } from './run-in-tab.ts';


/**
 * Runs in the page: self-contained (it is serialized), never throws, and returns no body or header.
 * Only the page's fetch() and XHR calls: capture records every refused one of those (the always-on
 * listener's xmlhttprequest type), while an image or script refused with a scheme the browser does
 * not answer itself is never recorded, so counting it here after a stop would count what capture
 * would not have.
 */
function readRefusals(): Array<{ url: string; status: number; time: number }> {
  try {
    const origin = performance.timeOrigin;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => (e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest') && (e.responseStatus === 401 || e.responseStatus === 407))
      .map((e) => ({ url: e.name, status: e.responseStatus, time: Math.round(origin + (e.responseStart || e.startTime)) }));
  } catch {
    return [];
  }
}

/** Null where the page cannot be scripted (chrome://, the web store, no host permission, a closed tab). */
export async function readTimelineRefusals(tabId: number, scripting?: ScriptingPort): Promise<Missed[] | null> {
  const list = await runInTab(tabId, readRefusals, [], scripting);
  if (!Array.isArray(list)) return null;
  const out: Missed[] = [];
  for (const item of list) {
    const parsed = Missed.safeParse(item);
    if (parsed.success) out.push({ ...parsed.data, url: maskUrl(parsed.data.url) });
  }
  return out;
}
