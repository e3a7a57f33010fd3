// The redirect chain at a glance: each hop with its status, then the refused URL. Capture records
// `hops` with statuses where it watched them (issue 11 §5); older records have only the URLs of
// `redirectChain`, whose statuses were not kept (null: shown as "redirect"). A hop on the refused
// URL's own origin shows its path only, so the chain fits on a line or two; another origin shows whole.
import type { Observation } from '../../core/observation.ts';

export interface HopRow {
  /** What is shown: the path on the refused URL's origin, the whole URL elsewhere. */
  label: string;
  url: string;
  status: number | null;
}

function origin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function hopRows(focus: Observation): HopRow[] {
  const before = focus.hops?.length ? focus.hops.map((h) => ({ url: h.url, status: h.status as number | null })) : focus.redirectChain.map((url) => ({ url, status: null }));
  if (!before.length) return [];
  const home = origin(focus.url);
  return [...before, { url: focus.url, status: focus.status }].map((h) => {
    const own = home !== null && origin(h.url) === home;
    return { ...h, label: own ? h.url.slice(home.length) || '/' : h.url };
  });
}
