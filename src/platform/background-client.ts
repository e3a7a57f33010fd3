// The popup's side of src/core/messages.ts: every reply is parsed before it is trusted, and a
// background that does not answer (still starting, or an older build) is reported, not thrown.
import type { StepId } from '../core/diagnosis/types.ts';
import { OkReply, TabReply } from '../core/messages.ts';
import type { Request } from '../core/messages.ts';
import { TextReply, View } from '../core/view/schema.ts';
import type { Selection } from '../core/view/selection.ts';
import { browser } from './browser.ts';

async function send(request: Request): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch {
    return undefined;
  }
}

/** Null when the background gave no valid answer. */
export async function getTab(tabId: number): Promise<TabReply | null> {
  const parsed = TabReply.safeParse(await send({ type: 'get-tab', tabId }));
  return parsed.success ? parsed.data : null;
}

export async function recordAttempt(tabId: number, step: StepId): Promise<boolean> {
  return OkReply.safeParse(await send({ type: 'record-attempt', tabId, step })).success;
}

export async function clearPage(tabId: number): Promise<boolean> {
  return OkReply.safeParse(await send({ type: 'clear-page', tabId })).success;
}

/**
 * What the popup shows, built by the background (src/core/view). `extras` adds the page probe,
 * the site's cookies and the extensions, which take longer. Null when the answer is not a view.
 */
export async function getView(tabId: number, selection: Selection | null, extras: boolean): Promise<View | null> {
  const parsed = View.safeParse(await send({ type: 'view', tabId, ...(selection ? { selection } : {}), extras }));
  return parsed.success ? parsed.data : null;
}

/** The owner's report in the popup's language; null when the background could not build it. */
export async function getReport(tabId: number, selection: Selection, format: 'text' | 'markdown', lang: string): Promise<string | null> {
  const parsed = TextReply.safeParse(await send({ type: 'report', tabId, selection, format, lang }));
  return parsed.success ? parsed.data.text : null;
}
