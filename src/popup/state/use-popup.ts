// The popup's state: what was loaded and the view of the chosen request. Every change (another
// request chosen, a step tried, a permission granted) asks the background for a new view; the
// latest question wins, so a slow answer never overwrites a newer one.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CauseId, StepId } from '../../core/diagnosis/types.ts';
import type { View } from '../../core/view/schema.ts';
import type { Selection } from '../../core/view/selection.ts';
import { getView, recordAttempt } from '../../platform/background-client.ts';
import type { PopupData } from './load.ts';

/** What "done — still broken?" changed: the top cause after the new diagnosis, new or the same. */
export interface WalkNews {
  cause: CauseId;
  changed: boolean;
  /** Counts the answers, so two equal answers in a row still move focus and are announced. */
  n: number;
}

export interface PopupState {
  data: PopupData | null;
  view: View | null;
  /** True once the slower inputs (page probe, cookies, extensions) are part of the view. */
  settled: boolean;
  walk: WalkNews | null;
  select(selection: Selection): void;
  refresh(): Promise<void>;
  done(step: StepId): Promise<void>;
}

export function usePopup(first: Promise<PopupData>): PopupState {
  const [data, setData] = useState<PopupData | null>(null);
  const [view, setView] = useState<View | null>(null);
  const [walk, setWalk] = useState<WalkNews | null>(null);
  const asked = useRef(0);
  const tabId = data?.tab?.id ?? null;

  const ask = async (id: number, selection: Selection | null) => {
    const n = ++asked.current;
    const next = await getView(id, selection, true);
    // A failed answer keeps what is on screen rather than blanking it.
    if (n !== asked.current || !next) return null;
    setView(next);
    return next;
  };

  useEffect(() => {
    void first.then((d) => {
      setData(d);
      setView(d.view);
      if (d.tab && d.view) void ask(d.tab.id, d.view.selection);
    });
  }, []);

  const refresh = async () => {
    if (tabId !== null) await ask(tabId, view?.selection ?? null);
  };

  return {
    data,
    view,
    settled: data !== null && (view === null || view.settled),
    walk,
    select(selection) {
      if (tabId !== null) void ask(tabId, selection);
    },
    refresh,
    async done(step) {
      if (tabId === null) return;
      const before = view?.diagnosis.causes[0]?.id ?? null;
      await recordAttempt(tabId, step);
      const next = await ask(tabId, view?.selection ?? null);
      const top = next?.diagnosis.causes[0]?.id;
      if (top) setWalk((w) => ({ cause: top, changed: top !== before, n: (w?.n ?? 0) + 1 }));
    },
  };
}
