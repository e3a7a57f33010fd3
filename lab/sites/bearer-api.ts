// A 200 page whose script calls a Bearer API by fetch, and that API (RFC 6750 §3). The bearer
// scenarios differ only in the token the page sends and in how the API refuses it, so one factory
// builds them all.
import { API_REALM, GOOD_TOKEN } from '../auth/accounts.ts';
import { escapeHtml, layout } from '../http/html.ts';
import { sendHtml, sendJson } from '../http/respond.ts';
import type { LabContext, Scenario } from '../types.ts';
import type { CauseId } from '../../src/core/diagnosis/types.ts';
import { EVERY_HARNESS } from '../harness.ts';

export interface Refusal {
  status: number;
  /** A function of the request because some challenges carry absolute URLs of the host asked. */
  challenge: (ctx: LabContext) => string;
  extraHeaders?: Readonly<Record<string, string>>;
}

export interface BearerScenarioSpec {
  id: string;
  title: string;
  description: string;
  /** Path group of the scenario, without trailing slash: the page is `${base}/`, the API `${base}/api`. */
  base: string;
  expectedCause: CauseId;
  /** The token the page's script sends; null sends no Authorization at all. */
  sentToken: string | null;
  /** How the API answers the token the page sent (and anything but the good token). */
  refuse: Refusal;
  /** When false even the good token is refused (insufficient_scope: the token is fine, its scope is not). */
  acceptsGoodToken?: boolean;
  /** Extra routes of the scenario (the resource-metadata document). */
  extra?: Scenario['handle'];
}

export function bearerChallenge(params: Readonly<Record<string, string>>): string {
  const list = Object.entries({ realm: API_REALM, ...params }).map(([k, v]) => `${k}="${v}"`);
  return `Bearer ${list.join(', ')}`;
}

function pageScript(api: string, token: string | null): string {
  const init = token ? `{ headers: { Authorization: 'Bearer ' + ${JSON.stringify(token)} } }` : '{}';
  return `fetch(${JSON.stringify(api)}, ${init}).then(
  (r) => { document.getElementById('result').textContent = 'The API answered ' + r.status + '.'; document.body.dataset.apiStatus = String(r.status); },
  () => { document.getElementById('result').textContent = 'The API call failed.'; document.body.dataset.apiStatus = 'error'; });`;
}

export function bearerScenario(spec: BearerScenarioSpec): Scenario {
  const page = `${spec.base}/`;
  const api = `${spec.base}/api`;
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    path: page,
    kind: 'fetch',
    harness: EVERY_HARNESS,
    realServer: null,
    expectedCause: spec.expectedCause,
    arrange: [{ method: 'GET', path: page }],
    refused: {
      method: 'GET',
      path: api,
      status: spec.refuse.status,
      ...(spec.sentToken ? { headers: { authorization: `Bearer ${spec.sentToken}` } } : {}),
    },
    handle(req, res, ctx) {
      const path = ctx.url.pathname;
      if (path === spec.base || path === page) {
        return sendHtml(
          res,
          200,
          layout(
            spec.title,
            `<h1>${escapeHtml(spec.title)}</h1><p>${escapeHtml(spec.description)}</p>
<p>This page calls <code>${escapeHtml(api)}</code>. <output id="result">Calling the API…</output></p>`,
            pageScript(api, spec.sentToken),
          ),
        );
      }
      if (path === api) {
        const good = req.headers.authorization === `Bearer ${GOOD_TOKEN}`;
        if (good && spec.acceptsGoodToken !== false) return sendJson(res, 200, { ok: true, items: [1, 2, 3] });
        const { status, challenge, extraHeaders } = spec.refuse;
        return sendJson(res, status, { error: 'refused' }, { 'WWW-Authenticate': challenge(ctx), ...extraHeaders });
      }
      return spec.extra ? spec.extra(req, res, ctx) : false;
    },
  };
}
