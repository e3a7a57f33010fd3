// The 200 page of a fetch scenario on real software: it says what it does and its script makes
// the one call that the real server refuses, writing the outcome into the page (data-api-status).
import type { ServerResponse } from 'node:http';
import { peerHost } from '../real/paths.ts';
import { escapeHtml, layout } from '../http/html.ts';
import { sendHtml } from '../http/respond.ts';
import type { LabContext } from '../types.ts';

/** The other site of a cross-site scenario, on the lab's port: peer-<host the browser used>. */
export function peerOrigin(ctx: LabContext): string {
  return `${ctx.secure ? 'https' : 'http'}://${peerHost(ctx.url.host)}`;
}

/** The page's own site, seen from its peer (the inverse of peerOrigin). */
export function homeOrigin(ctx: LabContext): string {
  return `${ctx.secure ? 'https' : 'http'}://${ctx.url.host.replace(/^peer-/, '')}`;
}

/** `call` is a script expression that returns the fetch promise (lab-written, trusted). */
export function fetchScript(call: string): string {
  return `Promise.resolve().then(() => ${call}).then(
  (r) => { document.getElementById('result').textContent = 'The API answered ' + r.status + '.'; document.body.dataset.apiStatus = String(r.status); },
  () => { document.getElementById('result').textContent = 'The API call failed (the page sees no status).'; document.body.dataset.apiStatus = 'error'; });`;
}

export function sendApiPage(res: ServerResponse, title: string, text: string, api: string, script: string): true {
  return sendHtml(
    res,
    200,
    layout(
      title,
      `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>
<p>This page calls <code>${escapeHtml(api)}</code>. <output id="result">Calling the API…</output></p>`,
      script,
    ),
  );
}

export const bearerHeader = (token: string): string => `{ headers: { Authorization: ${JSON.stringify(`Bearer ${token}`)} } }`;
