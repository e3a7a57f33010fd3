// The page's script sent "Bearer undefined", "null", "[object Object]", "NaN" or nothing after the
// scheme: it built the header before it had a token (read from storage too early, a promise not
// awaited, an object where a string belongs). The worker compared the value with those literals
// and kept only which one it was. No server can accept it; the fix is in the front-end code.
import { ev, type CauseDefinition } from '../cause.ts';

/** What the header carried, as the script wrote it (a literal, never a credential). */
const SHOWN: Readonly<Record<string, string>> = { undefined: 'undefined', null: 'null', object: '[object Object]', nan: 'NaN', empty: '' };

export const placeholderToken: CauseDefinition = {
  id: 'placeholder-token',
  steps: ['dev-fix-placeholder', 'reload', 'relogin'],
  detect(ctx) {
    const kind = ctx.presence === 'not-seen' ? null : ctx.focus.credentials.placeholder;
    if (!kind) return null;
    const scheme = ctx.sent.authorization ?? 'Authorization';
    const id = ctx.focus.id;
    const evidence = kind === 'empty' ? [ev('ev_placeholder_empty', [scheme], id)] : [ev('ev_placeholder_token', [scheme, SHOWN[kind] ?? kind], id)];
    return { score: 94, confidence: 'high', evidence };
  },
};
