// Which refused request the popup explains: by default the current page's (the previous page's
// when the current one has none: Chromium stays on the old URL after a refused navigation,
// platform-notes.md); the user may pick any other from the requests list.
import type { DiagnosisInput, InstalledExtension, Os, SiteCookie, StepId } from '../diagnosis/types.ts';
import type { Observation, PageProbe, PageRecord, Success, TabRecord } from '../observation.ts';

export type PageId = 'current' | 'previous';

export interface Selection {
  page: PageId;
  focusId: string | null;
}

export function pageOf(record: TabRecord | null, page: PageId): PageRecord | null {
  if (!record) return null;
  return page === 'current' ? record.current : record.previous;
}

export function defaultSelection(record: TabRecord | null): Selection {
  const useCurrent = (record?.current.observations.length ?? 0) > 0 || !(record?.previous?.observations.length);
  return { page: useCurrent ? 'current' : 'previous', focusId: null };
}

/** The observation a diagnosis would explain: the chosen one, else the latest main frame, else the latest. */
export function likelyFocus(observations: readonly Observation[], focusId: string | null): Observation | null {
  return (
    observations.find((o) => o.id === focusId) ??
    observations.filter((o) => o.type === 'main_frame').at(-1) ??
    observations.at(-1) ??
    null
  );
}

/** Successes of both pages, oldest first: "this worked minutes ago" may reach across a navigation. */
export function successesOf(record: TabRecord | null): Success[] {
  if (!record) return [];
  return [...(record.previous?.successes ?? []), ...record.current.successes];
}

export interface InputParts {
  record: TabRecord | null;
  selection: Selection;
  attempts: readonly StepId[];
  probe: PageProbe | null;
  cookieNames: readonly string[] | null;
  siteCookies?: readonly SiteCookie[] | null;
  family?: DiagnosisInput['family'];
  os: Os;
  tabUrl: string | null;
  extensions: readonly InstalledExtension[] | null;
  now: number;
}

export function diagnosisInput(p: InputParts): DiagnosisInput {
  const page = pageOf(p.record, p.selection.page);
  return {
    observations: page?.observations ?? [],
    ...(p.selection.focusId ? { focusId: p.selection.focusId } : {}),
    successes: successesOf(p.record),
    probe: p.probe,
    siteCookieNames: p.cookieNames,
    siteCookies: p.siteCookies ?? null,
    family: p.family ?? null,
    os: p.os,
    tabUrl: p.tabUrl,
    extensions: p.extensions,
    attempts: p.attempts,
    now: p.now,
  };
}
