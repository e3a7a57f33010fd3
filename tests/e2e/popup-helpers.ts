// Makes a lab scenario refuse in a real tab, the way a person would meet it: its `arrange` steps
// first (prepare), then the refused request as a navigation or a form post (cancelling the sign-in
// dialog if the browser shows one), then waits until the background has recorded the refusal.
import type { CDPSession, Page } from 'playwright-core';
import { submitFormInPage } from '../../lab/prepare.ts';
import type { Scenario } from '../../lab/types.ts';
import type { TabReply } from '../../src/core/messages.ts';
import type { Observation } from '../../src/core/observation.ts';
import { wantsWatchedTry, waitForObservation } from '../shared/refusal-record.ts';
import type { ExtensionSession } from './harness/extension.ts';

export async function getTab(ext: Page, tabId: number): Promise<TabReply> {
  return (await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab', tabId: id }), tabId)) as TabReply;
}

/**
 * The person cancels the sign-in dialog. A Basic, Digest, Negotiate or NTLM challenge on a page
 * makes a headed Chromium show its login prompt (a proxy's 407 does too); the person who does not
 * have, or does not want to type, a password presses Cancel, and Chromium then renders the body
 * the server sent with its 401 — IIS's error page with the sub-status, say. That page is what is on
 * screen when the popup opens. Headless Chromium has no prompt to show and fails the navigation
 * with its own error page instead (net::ERR_INVALID_AUTH_CREDENTIALS, platform-notes.md), so the
 * test answers the browser's question the way the person would, over CDP: `Fetch.authRequired`
 * is the moment the prompt would appear, and `CancelAuth` is the Cancel button. Every other
 * request Fetch pauses goes on unchanged. Requests that meet no challenge never reach this answer,
 * so it changes nothing where no dialog would have been shown.
 */
export async function cancelSignInDialogs(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  // A request may be gone (tab closed, navigation replaced) by the time it is answered: nothing to do then.
  const ignoreGone = () => undefined;
  cdp.on('Fetch.requestPaused', ({ requestId }) => void cdp.send('Fetch.continueRequest', { requestId }).catch(ignoreGone));
  cdp.on('Fetch.authRequired', ({ requestId }) =>
    void cdp.send('Fetch.continueWithAuth', { requestId, authChallengeResponse: { response: 'CancelAuth' } }).catch(ignoreGone),
  );
  await cdp.send('Fetch.enable', { handleAuthRequests: true, patterns: [{ urlPattern: '*' }] });
  return cdp;
}

/**
 * `start` is a direct lab origin the tab opens first (the proxy scenario's own origin answers 407).
 *
 * Capture watches an origin's requests only once it has refused on the tab (docs/architecture.md,
 * "Details on demand"), so the first refusal's request is "not seen". When it was, the refused step
 * runs once more, as the popup's "Reload and watch" step makes a person do, and the helper waits
 * for the refusal whose request was seen: each test stays one line and meets what a user would.
 */
export async function refuse(
  s: ExtensionSession,
  ext: Page,
  scenario: Scenario,
  origin: string,
  start = origin,
): Promise<{ page: Page; tabId: number }> {
  const { page, tabId } = await s.newTab();
  await cancelSignInDialogs(page);
  await page.goto(`${start}/store/page`);
  if (scenario.prepare) await scenario.prepare(page, origin);
  const refused = scenario.refused!;
  // A page whose script makes the refused call (kind 'fetch') was opened by `prepare`; trying it
  // again is reloading it, which is what the popup's "Reload and watch" does.
  const again = async () => {
    if (scenario.kind === 'fetch') {
      await page.reload().catch(() => undefined);
      await called();
      return;
    }
    await step();
  };
  const step = async () => {
    if (scenario.kind === 'fetch') return;
    if (refused.method === 'POST') {
      if (!page.url().startsWith(origin)) await page.goto(`${origin}/store/page`);
      await page.evaluate(submitFormInPage, { path: refused.path, form: refused.form ?? {} }).catch(() => undefined);
      await page.waitForLoadState('load').catch(() => undefined);
    } else {
      await page.goto(`${origin}${refused.path}`).catch(() => undefined);
    }
  };
  const wanted = refused.path;
  // A refusal reached through redirects is recorded at its final URL, with the requested one in its chain.
  const asked = (o: Observation) => o.status === refused.status && [o.url, ...o.redirectChain].some((u) => new URL(u).pathname === wanted);
  const recorded = (tries: number, match: (o: Observation) => boolean) => waitForObservation(() => getTab(ext, tabId), match, tries);
  // A page's call has an end the page marks (lab/sites/api-page.ts); once it ended, what capture
  // made of it is stored within a moment, so a call that left no record (a refused preflight)
  // is known soon instead of after the whole wait.
  const called = () => page.waitForSelector('body[data-api-status]', { timeout: 10_000 }).then(() => true, () => false);
  await step();
  const first = await recorded(scenario.kind === 'fetch' && (await called()) ? 20 : 100, asked);
  if (wantsWatchedTry(first)) {
    await again();
    await recorded(100, (o) => asked(o) && o.credentials.requestSeen !== false);
  }
  return { page, tabId };
}
