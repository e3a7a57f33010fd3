// The popup's side of src/core/messages.ts: every reply is parsed before it is trusted, and a
// background that does not answer (still starting, or an older build) is reported, not thrown.
import type { StepId } from '../core/diagnosis/types.ts';
import { OkReply, TabReply } from '../core/messages.ts';
import type { Request } from '../core/messages.ts';
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
