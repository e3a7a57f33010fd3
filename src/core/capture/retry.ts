// Chromium replays cached Basic/Digest credentials without showing the Authorization header to
// webRequest (platform-notes.md), so whether the browser already tried credentials is inferred
// from the order of events on one requestId.
import type { Certainty } from '../observation.ts';
import { challengesBrowserScheme } from './refusal.ts';

export function inferBrowserRetried(previousRefusals: number, pageAuthorization: string | null, challenges: readonly string[]): Certainty {
  // The same request refused twice: the browser re-sent it in between, which it only does with
  // credentials (its cache, the prompt or an extension answering onAuthRequired).
  if (previousRefusals > 0) return 'certain';
  // The page set Authorization itself: the browser does not put cached credentials over it.
  if (pageAuthorization !== null) return 'no';
  // Only Basic/Digest/NTLM/Negotiate are cached by the browser; the first refusal may still have
  // carried preemptive credentials from an earlier login, which the tab record may show ('likely').
  return challengesBrowserScheme(challenges) ? 'unknown' : 'no';
}
