// The page's service worker fetched the refused request itself (or the page is controlled by one),
// and a 401 with Basic or Digest reached it without the browser's sign-in dialog: browsers show
// that dialog for their own navigations and subresource loads, not for a worker's fetch(): the
// Fetch standard's HTTP-network-or-cache fetch prompts on a 401 only when "request's window is an
// environment settings object", and a service worker's request has "no-window". The worker may
// also serve a cached refusal. Clearing the site's data unregisters it.
import { ev, findings, type CauseDefinition } from '../cause.ts';
import { parseUrl } from '../context.ts';

const PROMPTED = new Set(['basic', 'digest']);

export const serviceWorker: CauseDefinition = {
  id: 'service-worker',
  steps: ['clear-site-data', 'reload', 'owner-fix-service-worker'],
  detect(ctx) {
    if (ctx.isProxy || ctx.focus.status !== 401 || ctx.focus.authRequired.length > 0) return null;
    const scheme = ctx.www.challenges.find((c) => PROMPTED.has(c.scheme));
    if (!scheme) return null;
    const id = ctx.focus.id;
    const found = findings();
    if (ctx.focus.viaServiceWorker === true) found.add(84, 'high', ev('ev_via_service_worker', [], id));
    // The probe reads the tab's top document: it counts when that page is of the refused origin.
    const probe = ctx.input.probe;
    if (probe?.controlled === true && ctx.url !== null && parseUrl(probe.url)?.origin === ctx.url.origin) found.add(60, 'medium', ev('ev_page_controlled', [], id));
    const finding = found.result();
    if (!finding) return null;
    finding.evidence.push(ev('ev_no_prompt_for', [scheme.rawScheme], id));
    return finding;
  },
};
