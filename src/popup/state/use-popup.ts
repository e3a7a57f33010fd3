// The popup's state: what was loaded, which request is explained, and the diagnosis of it,
// recomputed (pure, in microseconds) whenever any input changes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Diagnosis, DiagnosisInput, InstalledExtension, StepId } from '../../core/diagnosis/types.ts';
import { recordAttempt } from '../../platform/background-client.ts';
import { cookieNamesFor } from '../../platform/cookie-names.ts';
import { defaultSelection, diagnosisInput, likelyFocus, pageOf, type Selection } from '../../core/view/selection.ts';
import { diagnose } from './engine.ts';
import { loadExtras, reloadReply, type PopupData } from './load.ts';

export interface PopupState {
  data: PopupData | null;
  selection: Selection;
  diagnosis: Diagnosis | null;
  /** What the diagnosis was computed from (the report needs it too). */
  input: DiagnosisInput | null;
  /** True once the slower inputs (page probe, extensions) have arrived. */
  settled: boolean;
  select(selection: Selection): void;
  refresh(): Promise<void>;
  done(step: StepId): Promise<void>;
  setExtensions(list: InstalledExtension[] | null): void;
}

export function usePopup(first: Promise<PopupData>): PopupState {
  const [data, setData] = useState<PopupData | null>(null);
  const [selection, setSelection] = useState<Selection>({ page: 'current', focusId: null });
  const [cookieNames, setCookieNames] = useState<string[] | null>(null);
  const [settled, setSettled] = useState(false);

  useEffect(() => {
    void first.then((d) => {
      setData(d);
      setSelection(defaultSelection(d.reply?.record ?? null));
      void loadExtras(d.tab).then((x) => {
        setData((prev) => (prev ? { ...prev, ...x } : prev));
        setSettled(true);
      });
    });
  }, []);

  const record = data?.reply?.record ?? null;
  const focusUrl = likelyFocus(pageOf(record, selection.page)?.observations ?? [], selection.focusId)?.url ?? null;
  useEffect(() => {
    if (focusUrl) void cookieNamesFor(focusUrl).then(setCookieNames);
  }, [focusUrl]);

  const [input, diagnosis] = useMemo(() => {
    if (!data) return [null, null];
    const input = diagnosisInput({
        record,
        selection,
        attempts: data.reply?.attempts ?? [],
        probe: data.probe,
        cookieNames,
        os: data.os,
        tabUrl: data.tab?.url ?? null,
        extensions: data.extensions,
        now: Date.now(),
      });
    return [input, diagnose(input)];
  }, [data, selection, cookieNames]);

  const refresh = async () => {
    if (!data?.tab) return;
    const reply = await reloadReply(data.tab);
    setData((prev) => (prev ? { ...prev, reply } : prev));
  };

  return {
    data,
    selection,
    diagnosis,
    input,
    settled,
    select: setSelection,
    refresh,
    async done(step) {
      if (data?.tab) await recordAttempt(data.tab.id, step);
      await refresh();
    },
    setExtensions(list) {
      setData((prev) => (prev ? { ...prev, extensions: list } : prev));
    },
  };
}
