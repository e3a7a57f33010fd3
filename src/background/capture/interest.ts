// Origins that refused on each tab: a 2xx on one of them is stored ("it worked after all"),
// a 2xx anywhere else costs one Set lookup. Rebuilt from storage on every fold.
import type { TabState } from '../../core/capture/ops.ts';
import { originOf } from '../../core/capture/origin.ts';

export class Interest {
  private readonly tabs = new Map<number, Set<string>>();

  has(tabId: number, origin: string): boolean {
    return this.tabs.get(tabId)?.has(origin) ?? false;
  }

  /** Whether the tab has any origin of interest: lets the hot path skip even computing the origin. */
  any(tabId: number): boolean {
    return this.tabs.has(tabId);
  }

  add(tabId: number, origin: string): void {
    const set = this.tabs.get(tabId);
    if (set) set.add(origin);
    else this.tabs.set(tabId, new Set([origin]));
  }

  refresh(tabId: number, state: TabState | null): void {
    if (!state) {
      this.tabs.delete(tabId);
      return;
    }
    const set = new Set<string>();
    for (const page of [state.record.current, state.record.previous]) for (const o of page?.observations ?? []) set.add(originOf(o.url));
    if (set.size) this.tabs.set(tabId, set);
    else this.tabs.delete(tabId);
  }

  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
