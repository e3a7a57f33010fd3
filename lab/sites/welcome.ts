// The page behind every lab login: proof that signing in again works. It names no user and no secret.
import type { ServerResponse } from 'node:http';
import { escapeHtml, layout } from '../http/html.ts';
import { sendHtml } from '../http/respond.ts';

export function sendWelcome(res: ServerResponse, area: string, headers: Readonly<Record<string, string>> = {}): true {
  return sendHtml(
    res,
    200,
    layout(`Welcome — ${area}`, `<h1>Welcome</h1><p>You are signed in to <strong>${escapeHtml(area)}</strong>.</p>
<p><a href="/">Back to the 401 lab</a></p>`),
    headers,
  );
}
