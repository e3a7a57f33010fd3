// One response offering two schemes. RFC 9110 §11.6.1: several challenges may share one field line
// (comma-separated) or come in separate lines; clients must handle both, and a parser that splits the
// one-line form on every comma breaks the Basic challenge's auth-params.
import { API_REALM, BASIC_REALM } from '../auth/accounts.ts';
import { basicChallenge } from '../auth/basic.ts';
import { layout } from '../http/html.ts';
import { basicArea } from './basic-area.ts';
import type { ScenarioHandler } from '../types.ts';

/**
 * Bearer first: the browser cannot answer it and must fall back to Basic. Measured with Debian's
 * Chromium and the lab account: the two-line form signs in (200); the one-line form stays a 401 with
 * no prompt, because Chromium reads only the first challenge of a field line. Both are real shapes
 * servers send, so both stay.
 */
export const TWO_CHALLENGES = [`Bearer realm="${API_REALM}"`, basicChallenge(BASIC_REALM)] as const;

export function twoChallenges(base: string, oneLine: boolean): ScenarioHandler {
  return basicArea({
    base,
    area: 'the two-challenge area',
    page: layout('401 Unauthorized', '<h1>401 Unauthorized</h1><p>Two ways to sign in are offered.</p>'),
    challenge: oneLine ? TWO_CHALLENGES.join(', ') : TWO_CHALLENGES,
  });
}
