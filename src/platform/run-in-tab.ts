// Runs a self-contained function in a tab's top frame (scripting.executeScript) and hands back what
// it returned, for the page probe and the timeline read-back. Never a rejection: where the browser
// forbids scripting (chrome://, the web store, file:// without access, error pages, a closed tab,
// no host permission or activeTab grant) the answer is undefined, and the caller parses the rest.
import { browser } from './browser.ts';

export interface ScriptingPort {
  executeScript(injection: { target: { tabId: number }; func: (...args: never[]) => unknown; args?: unknown[] }): Promise<Array<{ result?: unknown }>>;
}

export async function runInTab<A extends unknown[]>(
  tabId: number,
  func: (...args: A) => unknown,
  args: A,
  scripting: ScriptingPort = browser.scripting as unknown as ScriptingPort,
): Promise<unknown> {
  try {
    const [frame] = await scripting.executeScript({ target: { tabId }, func: func as (...args: never[]) => unknown, args });
    return frame?.result;
  } catch {
    return undefined;
  }
}
