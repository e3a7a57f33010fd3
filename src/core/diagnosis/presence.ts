// What the refused request carried, as far as anyone knows. Capture records the Authorization
// scheme and the cookie names, but only of requests it watched: the on-demand capture of issue 12
// starts watching an origin once it refused, so the first refusal's headers may be "not seen",
// which is not "none". Then the server's own answer is the only witness: RFC 6750 §3.1 says a
// resource server SHOULD NOT put an error code in its challenge when the request carried no
// token, so a Bearer/DPoP challenge with error="invalid_token" means one was presented, and one
// with no error code means none was.
import type { Observation } from '../observation.ts';
import type { TokenError } from './challenges.ts';
import type { ParsedField } from './challenges.ts';

export type Presence = 'something' | 'nothing' | 'not-seen';

/** Whether capture watched this request's headers (absent: records from before issue 12, which always did). */
export function requestSeen(o: Observation): boolean {
  return o.credentials.requestSeen !== false;
}

/** What capture recorded of this request: something identifying, nothing, or not seen. */
export function presenceOf(o: Observation): Presence {
  if (!requestSeen(o)) return 'not-seen';
  const c = o.credentials;
  // A placeholder ("Bearer undefined") is a header that was sent, though it identifies no one.
  const any = c.authorizationScheme !== null || (c.placeholder ?? null) !== null || c.cookieNames.length > 0 || c.browserRetried === 'certain' || c.browserRetried === 'likely';
  return any ? 'something' : 'nothing';
}

/** What the server's challenge implies about a token, for a request whose headers were not seen. */
export type ServerTokenWord = 'presented' | 'absent' | null;

const TOKEN_SCHEMES = new Set(['bearer', 'dpop']);

export function serverTokenWord(www: ParsedField, token: TokenError | null): ServerTokenWord {
  if (token?.error === 'invalid_token' || token?.error === 'insufficient_scope' || token?.error === 'invalid_dpop_proof') return 'presented';
  const tokenChallenges = www.challenges.filter((c) => TOKEN_SCHEMES.has(c.scheme));
  // Only when every challenge is a token one, and none has an error code: a Basic challenge beside
  // it says nothing about a token.
  if (tokenChallenges.length > 0 && tokenChallenges.length === www.challenges.length && tokenChallenges.every((c) => c.params['error'] === undefined)) return 'absent';
  return null;
}
