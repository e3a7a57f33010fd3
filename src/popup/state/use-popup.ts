// The popup's state: what was loaded and the view of the chosen request. Every change (another
// request chosen, a step tried, a permission granted) asks the background for a new view; the
// latest question wins, so a slow answer never overwrites a newer one.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StepId } from '../../core/diagnosis/types.ts';
import type { View } from '../../core/view/schema.ts';
import type { Selection } from '../../core/view/selection.ts';
import { getView, recordAttempt } from '../../platform/background-client.ts';
import type { PopupData } from './load.ts';

export interface PopupState {
  data: PopupData | null;
  view: View | null;
  /** True once the slower inputs (page probe, cookies, extensions) are part of the view. */
  settled: boolean;
  select(selection: Selection): void;
  refresh(): Promise<void>;
  done(step: StepId): Promise<void>;
}

export function usePopup(first: Promise<PopupData>): PopupState {
  const [data, setData] = useState<PopupData | null>(null);
  const [view, setView] = useState<View | null>(null);
  const asked = useRef(0);
  const tabId = data?.tab?.id ?? null;

  const ask = async (id: number, selection: Selection | null) => {
    const n = ++asked.current;
    const next = await getView(id, selection, true);
    // A failed answer keeps what is on screen rather than blanking it.
    if (n === asked.current && next) setView(next);
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
    select(selection) {
      if (tabId !== null) void ask(tabId, selection);
    },
    refresh,
    async done(step) {
      if (tabId !== null) await recordAttempt(tabId, step);
      await refresh();
    },
  };
}
