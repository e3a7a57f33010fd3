// The scenarios whose page calls one Bearer API answered by a real library in the lab's Express
// apps (lab/real/node-apps.mjs), forwarded untouched: the bearer-* ones of RFC 6750 §3.1,
// token-misconfigured and clock-skew. The library words every answer, including the second
// challenge (`DPoP algs=…`) express-oauth2-jwt-bearer adds to each 401. The page gets a freshly
// minted token each time it is served, as an app's sign-in would give it.
import type { CauseId } from '../../src/core/diagnosis/types.ts';
import type { BackendName } from '../real/index.ts';
import { EVERY_HARNESS } from '../harness.ts';
import { forward } from '../http/forward.ts';
import type { Scenario } from '../types.ts';
import { bearerHeader, fetchScript, sendApiPage } from './api-page.ts';

export interface RealBearerSpec {
  id: string;
  title: string;
  description: string;
  /** What the page itself says; the description when not given. */
  text?: string;
  /** The page is `${base}/`, the API `${base}/api` (one of node-apps.ts's paths). */
  base: string;
  expectedCause: CauseId;
  status: number;
  /** Mints the token the page sends; null sends no Authorization at all. */
  token: (() => string) | null;
  realServer: string;
  /** The Express child that answers the API: the plain one unless said (clock-skew's runs ahead). */
  backend?: Extract<BackendName, 'apps' | 'skewed'>;
}

export function realBearerScenario(spec: RealBearerSpec): Scenario {
  const page = `${spec.base}/`;
  const api = `${spec.base}/api`;
  const call = (token: string | null) => `fetch(${JSON.stringify(api)}${token ? `, ${bearerHeader(token)}` : ''})`;
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    path: page,
    kind: 'fetch',
    harness: EVERY_HARNESS,
    realServer: spec.realServer,
    expectedCause: spec.expectedCause,
    arrange: [{ method: 'GET', path: page }],
    refused: {
      method: 'GET',
      path: api,
      status: spec.status,
      ...(spec.token ? { headers: { authorization: `Bearer ${spec.token()}` } } : {}),
    },
    handle(req, res, ctx) {
      const path = ctx.url.pathname;
      if (path === api) return forward(req, res, ctx, spec.backend ?? 'apps');
      if (path !== spec.base && path !== page) return false;
      return sendApiPage(res, spec.title, spec.text ?? spec.description, api, fetchScript(call(spec.token ? spec.token() : null)));
    },
  };
}
