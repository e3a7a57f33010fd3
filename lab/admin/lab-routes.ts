// The lab's own control routes under /__lab/: state resets and switches that tests and the demo
// flip instead of waiting for real time to pass.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http/respond.ts';
import type { LabContext, Scenario } from '../types.ts';

function describe(s: Scenario) {
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    path: s.path,
    kind: s.kind,
    expectedCause: s.expectedCause,
    arrange: s.arrange,
    refused: s.refused,
  };
}

export function labRoutes(scenarios: readonly Scenario[]) {
  return (req: IncomingMessage, res: ServerResponse, ctx: LabContext): boolean => {
    const path = ctx.url.pathname;
    if (!path.startsWith('/__lab/')) return false;
    const { state } = ctx;
    const post = req.method === 'POST';
    switch (path) {
      case '/__lab/reset':
        if (!post) return sendJson(res, 405, { error: 'use POST' }, { Allow: 'POST' });
        state.reset();
        return sendJson(res, 200, { reset: true });
      // GET is accepted too so a person can click it from the index page.
      case '/__lab/forget-sessions':
        state.forgetSessions();
        return sendJson(res, 200, { forgotten: true });
      case '/__lab/expire-sessions':
        state.expireSessions();
        return sendJson(res, 200, { expired: true });
      case '/__lab/fault/break':
        state.faultBroken = true;
        return sendJson(res, 200, { broken: true });
      case '/__lab/fault/repair':
        state.faultBroken = false;
        return sendJson(res, 200, { broken: false });
      case '/__lab/stats':
        return sendJson(res, 200, {
          requests: state.requests,
          sessions: state.sessionCount,
          faultBroken: state.faultBroken,
          byScenario: Object.fromEntries(state.byScenario),
        });
      case '/__lab/scenarios.json':
        return sendJson(res, 200, scenarios.map(describe));
      default:
        return false;
    }
  };
}
