// The toolbar badge of each tab: how many requests were refused on its current page, red for a
// site's 401, amber for a proxy's 407, with a sentence as tooltip. Chromium wipes per-tab values
// when a navigation finishes (platform-notes.md), so the caller re-applies after navigations.
import type { TabState } from '../core/capture/ops.ts';
import { badgeOf } from '../core/capture/tab-state.ts';
import type { ActionPort } from './ports.ts';

const ICONS = {
  none: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png' },
  401: { '16': 'icons/icon-401-16.png', '32': 'icons/icon-401-32.png' },
  407: { '16': 'icons/icon-407-16.png', '32': 'icons/icon-407-32.png' },
} as const;

const COLOURS = { 401: { bg: '#C62828', fg: '#FFFFFF' }, 407: { bg: '#F9A825', fg: '#000000' } } as const;

export interface BadgeView {
  text: string;
  kind: 401 | 407 | null;
  titleId: string;
  count: number;
}

export function badgeView(state: TabState | null): BadgeView {
  const { count, kind } = badgeOf(state);
  if (!kind) return { text: '', kind: null, titleId: 'action_title', count: 0 };
  return { text: count > 99 ? '99+' : String(count), kind, titleId: kind === 407 ? 'badge_title_407' : 'badge_title_401', count };
}

/**
 * Paints each tab's badge, skipping what is already shown: during a burst of refusals only the
 * count changes, and setIcon is the costly call in a service worker (it fetches and decodes the
 * images every time). `forget` makes the next paint complete, for when Chromium wiped the badge.
 */
export class BadgePainter {
  private readonly shown = new Map<number, BadgeView>();

  constructor(
    private readonly action: ActionPort,
    private readonly getMessage: (id: string, subs?: string[]) => string,
  ) {}

  forget(tabId: number): void {
    this.shown.delete(tabId);
  }

  async paint(tabId: number, state: TabState | null): Promise<void> {
    const v = badgeView(state);
    const before = this.shown.get(tabId);
    this.shown.set(tabId, v);
    const { action } = this;
    const calls: Promise<unknown>[] = [];
    // The text is sent on every paint, unchanged or not: it is one cheap call per fold (at most one
    // per tab every 150 ms), and it makes every fold (each popup read, each navigation) repair a
    // badge whose last text the browser did not keep — one set by a worker stopped before its call
    // landed, or wiped by a navigation whose tabs.onUpdated went to a stopped worker. Remembering
    // "already shown" for the text is what let a badge stay at an older count while the store, and
    // the popup reading it, had moved on (issue 12). The icon, the costly call, is still deduplicated.
    calls.push(action.setBadgeText({ tabId, text: v.text }));
    if (before?.count !== v.count || before.titleId !== v.titleId) {
      calls.push(action.setTitle({ tabId, title: this.getMessage(v.titleId, v.kind ? [String(v.count)] : undefined) }));
    }
    if (!before || before.kind !== v.kind) {
      calls.push(action.setIcon({ tabId, path: { ...ICONS[v.kind ?? 'none'] } }));
      if (v.kind) {
        calls.push(action.setBadgeBackgroundColor({ tabId, color: COLOURS[v.kind].bg }));
        if (action.setBadgeTextColor) calls.push(action.setBadgeTextColor({ tabId, color: COLOURS[v.kind].fg }));
      }
    }
    // A tab that closed in the meantime rejects these; there is nothing left to show then.
    const results = await Promise.allSettled(calls);
    if (results.some((r) => r.status === 'rejected') && this.shown.get(tabId) === v) this.shown.delete(tabId);
  }
}
