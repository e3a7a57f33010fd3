// The exit codes of 401-doctor, documented in docs/cli-json.md and README.md. Scripts and CI rely
// on them, so they never change meaning.
export const EXIT = {
  /** The URL answered without an authentication failure; or explain found nothing wrong. */
  ok: 0,
  /** A bug of ours: caught at the top so the user gets one line, never a stack trace. */
  internal: 1,
  /** The command line was wrong: unknown option, missing URL, malformed --header. */
  usage: 2,
  /** No answer to diagnose: bad URL, unreachable host, timeout, too many redirects. */
  network: 3,
  /** The answer was an authentication failure: 401, 407, or 403 carrying a challenge. */
  authFailure: 4,
  /** explain: the header breaks the RFC 9110 §11 grammar or its scheme's rules. */
  headerFaulty: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
