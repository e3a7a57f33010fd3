// A path group behind Digest authentication. Two challenge lines, SHA-256 first: RFC 7616 §3.7 has
// the server list the algorithms it accepts in order of preference, and browsers that only know MD5
// still find one they can answer.
import { layout } from '../http/html.ts';
import { sendHtml, under } from '../http/respond.ts';
import { digestChallenge, makeNonce, verifyDigest } from '../auth/digest.ts';
import { sendWelcome } from './welcome.ts';
import type { ScenarioHandler } from '../types.ts';

export const DIGEST_REALM = '401 Lab digest';

export function digestArea(opts: { base: string; realm: string; alwaysStale: boolean }): ScenarioHandler {
  return (req, res, ctx) => {
    if (!under(ctx.url.pathname, opts.base)) return false;
    const verdict = verifyDigest(req, ctx.state.secret, opts.realm);
    if (verdict === 'ok') return sendWelcome(res, 'the Digest area');
    const nonce = makeNonce(ctx.state.secret, opts.realm);
    const stale = opts.alwaysStale || verdict === 'stale';
    return sendHtml(res, 401, layout('401 Unauthorized', '<h1>401 Unauthorized</h1><p>Digest sign-in needed.</p>'), {
      'WWW-Authenticate': [
        digestChallenge(opts.realm, nonce, 'SHA-256', stale),
        digestChallenge(opts.realm, nonce, 'MD5', stale),
      ],
    });
  };
}
