// "It works now" (issue 13): after a refused page, the tab's next top document on the same origin
// loaded with a 2xx. Read from the successes capture records for the tab, so the popup can say so
// plainly instead of walking the user on through steps that are no longer needed.
import { parseUrl } from '../diagnosis/context.ts';
import type { Observation, Success } from '../observation.ts';

export interface Recovery {
  url: string;
  time: number;
}

/** The latest main-frame 2xx on the focused refusal's origin after it, or null. */
export function recoveryOf(focus: Observation | null, successes: readonly Success[]): Recovery | null {
  if (!focus) return null;
  const origin = parseUrl(focus.url)?.origin;
  if (!origin || origin === 'null') return null;
  let found: Success | null = null;
  for (const s of successes) {
    if (s.type !== 'main_frame' || s.status < 200 || s.status > 299 || s.time <= focus.time) continue;
    if (parseUrl(s.url)?.origin !== origin) continue;
    if (!found || s.time > found.time) found = s;
  }
  return found && { url: found.url, time: found.time };
}
