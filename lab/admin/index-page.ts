// The lab's front page: every scenario with its sentence and link, grouped by how it shows itself.
import type { ServerResponse } from 'node:http';
import { LAB_USER } from '../auth/accounts.ts';
import { escapeHtml, layout } from '../http/html.ts';
import { sendHtml } from '../http/respond.ts';
import type { Scenario, ScenarioKind } from '../types.ts';

const KIND_TITLES: Record<ScenarioKind, string> = {
  'main-frame': 'Open the page: it answers the refusal itself',
  fetch: 'A working page whose script calls a refusing API',
  page: 'Sites to click through',
  proxy: 'Through the lab proxy',
};

export function sendIndex(res: ServerResponse, scenarios: readonly Scenario[], proxyUrl: string): true {
  const groups = (Object.keys(KIND_TITLES) as ScenarioKind[]).map((kind) => {
    const items = scenarios
      .filter((s) => s.kind === kind)
      .map(
        (s) => `<li data-scenario="${escapeHtml(s.id)}"><a href="${escapeHtml(s.path)}">${escapeHtml(s.title)}</a> —
${escapeHtml(s.description)} <span class="muted">(expected cause: ${escapeHtml(s.expectedCause ?? 'none')})</span></li>`,
      )
      .join('\n');
    return `<h2>${escapeHtml(KIND_TITLES[kind])}</h2><ul>${items}</ul>`;
  });
  // The password stays out of every page, even this fixed one: a test can then assert that no
  // page and no popup text ever contains it. lab/README.md gives it to people.
  const body = `<h1>The 401 lab</h1>
<p>${scenarios.length} scenarios of HTTP 401 and 407 answers, for trying 401 Doctor. Sign in anywhere
as user <code>${LAB_USER}</code>, with the password given in <code>lab/README.md</code>.
The proxy is <code>${escapeHtml(proxyUrl)}</code>.</p>
${groups.join('\n')}
<h2>Lab controls</h2><ul>
<li><a href="/store/set?name=demo">/store/set?name=…</a> sets a cookie and a localStorage entry on this host; <a href="/store/cookies">/store/cookies</a> lists the cookie names that came back.</li>
<li><a href="/__lab/forget-sessions">/__lab/forget-sessions</a> makes the server forget every session; <a href="/__lab/expire-sessions">/__lab/expire-sessions</a> makes them expire.</li>
<li>POST /__lab/reset forgets everything; <a href="/__lab/stats">/__lab/stats</a>; <a href="/__lab/scenarios.json">/__lab/scenarios.json</a>.</li>
</ul>`;
  return sendHtml(res, 200, layout('The 401 lab', body));
}
