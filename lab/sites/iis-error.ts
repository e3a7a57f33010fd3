// An imitation of IIS 10's detailed error page for the 401 sub-statuses. The structure (headings,
// "Most likely causes", "Things you can try", "Detailed Error Information") follows the real page,
// because the extension reads the title and sub-status from it; every sentence is the lab's own.
import { escapeHtml } from '../http/html.ts';
import { sendHtml, under } from '../http/respond.ts';
import type { CauseId } from '../../src/core/diagnosis/types.ts';
import type { Scenario } from '../types.ts';
import { EVERY_HARNESS } from '../harness.ts';

export const IIS_SERVER = 'Microsoft-IIS/10.0';
/** IIS sends one challenge line per enabled Windows authentication provider. */
export const IIS_WINDOWS_CHALLENGES = ['Negotiate', 'NTLM'] as const;

export interface IisSpec {
  subStatus: string;
  /** The short reason IIS shows after "HTTP Error 401.x - Unauthorized". */
  summary: string;
  causes: readonly string[];
  tries: readonly string[];
  module: string;
  errorCode: string;
  /** Only where the Windows authentication modules would add them to the 401. */
  challenges: readonly string[];
  expectedCause: CauseId;
  description: string;
}

function iisPage(spec: IisSpec, requestedUrl: string): string {
  const code = `401.${spec.subStatus}`;
  const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>IIS 10.0 Detailed Error - ${code} - Unauthorized</title>
</head><body>
<div id="content">
<div class="content-container"><h1>Server Error in Application "DEFAULT WEB SITE"</h1></div>
<div class="content-container"><h2>HTTP Error ${code} - Unauthorized</h2>
<h3>${escapeHtml(spec.summary)}</h3></div>
<div class="content-container"><fieldset><h4>Most likely causes:</h4>${list(spec.causes)}</fieldset></div>
<div class="content-container"><fieldset><h4>Things you can try:</h4>${list(spec.tries)}</fieldset></div>
<div class="content-container"><fieldset><h4>Detailed Error Information:</h4>
<table>
<tr><th>Module</th><td>${escapeHtml(spec.module)}</td></tr>
<tr><th>Notification</th><td>AuthenticateRequest</td></tr>
<tr><th>Handler</th><td>StaticFile</td></tr>
<tr><th>Error Code</th><td>${escapeHtml(spec.errorCode)}</td></tr>
<tr><th>Requested URL</th><td>${escapeHtml(requestedUrl)}</td></tr>
<tr><th>Physical Path</th><td>C:\\inetpub\\wwwroot\\lab</td></tr>
<tr><th>Logon Method</th><td>Not yet determined</td></tr>
<tr><th>Logon User</th><td>Not yet determined</td></tr>
</table></fieldset></div>
</div></body></html>`;
}

export function iisScenario(spec: IisSpec): Scenario {
  const path = `/iis/401.${spec.subStatus}/`;
  const headers: Record<string, string | readonly string[]> = { Server: IIS_SERVER, 'X-Powered-By': 'ASP.NET' };
  if (spec.challenges.length > 0) headers['WWW-Authenticate'] = spec.challenges;
  return {
    id: `iis-401-${spec.subStatus}`,
    title: `IIS 401.${spec.subStatus}`,
    description: spec.description,
    path,
    kind: 'main-frame',
    harness: EVERY_HARNESS,
    realServer: null,
    expectedCause: spec.expectedCause,
    arrange: [],
    refused: { method: 'GET', path, status: 401 },
    handle(_req, res, ctx) {
      if (!under(ctx.url.pathname, path.slice(0, -1))) return false;
      return sendHtml(res, 401, iisPage(spec, `${ctx.origin}${ctx.url.pathname}`), headers);
    },
  };
}
