// The walk of every lab scenario, pinned: which steps the evidence offers, and which it folds into
// "If nothing else helped" (issue 13). Each row says why, in the words of the evidence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../lab/scenarios/index.ts';
import { diagnose } from '../../../src/core/diagnosis/diagnose.ts';
import { STEP_IDS, type DiagnosisInput, type StepId } from '../../../src/core/diagnosis/types.ts';
import { FALLBACK_ORDER, planSteps } from '../../../src/core/view/step-plan.ts';
import { NOW, input, obs, ok } from '../diagnosis/factory.ts';
import { LAB, LAB_INPUTS } from './lab-inputs.ts';

const plan = (i: DiagnosisInput) => planSteps(diagnose(i), i);

type Row = readonly [id: string, offered: readonly StepId[], fallback: readonly StepId[], why: string];

// The articles' generic steps a Basic page still folds: the site answered with its realm, so DNS
// is out, and nothing was sent, so there is no remembered password for a relogin to forget.
const BASIC_FOLD = ['check-url', 'clear-site-data'] as const;
// Where the server's own configuration is the finding, a fresh sign-in stays in the fold.
const OWNER_FOLD = ['check-url', 'clear-site-data', 'relogin'] as const;

const TABLE: readonly Row[] = [
  ['basic', ['reload', 'contact-owner'], BASIC_FOLD, 'nothing sent to Basic: the reload brings the password dialog back (that is the sign-in)'],
  ['digest', ['reload', 'contact-owner'], BASIC_FOLD, 'the same for Digest'],
  ['digest-stale', ['reload'], ['check-url', 'contact-owner'], 'stale=true: the password was right, so nothing offers to forget it or clear it'],
  ['two-challenges-one-line', ['reload', 'contact-owner'], BASIC_FOLD, 'Basic is among the challenges and nothing was sent'],
  ['two-challenges-two-lines', ['reload', 'contact-owner'], BASIC_FOLD, 'the same, in two lines'],
  ['no-challenge', ['contact-owner', 'owner-fix-challenge'], OWNER_FOLD, 'no challenge: only the owner can say how to sign in'],
  ['nginx', ['reload', 'contact-owner'], BASIC_FOLD, 'nginx auth_basic, nothing sent'],
  ['apache', ['reload', 'contact-owner'], BASIC_FOLD, 'Apache Basic, nothing sent'],
  ['bearer-no-token', ['relogin', 'contact-owner'], ['check-url', 'clear-site-data'], 'the script sent no token: sign in so it gets one; no reload (no dialog), no cookies to clear'],
  ['bearer-invalid-token', ['relogin', 'contact-owner'], ['check-url', 'clear-site-data'], 'a token the API does not know: a new one from a new sign-in; the site has no cookies'],
  ['bearer-expired-token', ['relogin'], ['check-url', 'clear-site-data', 'contact-owner'], 'the API says the token expired: signing in again is the fix'],
  ['bearer-insufficient-scope', ['contact-owner', 'relogin'], ['check-url', 'clear-site-data'], 'the token lacks lab:admin: the owner grants it, then a new sign-in carries it'],
  ['bearer-step-up', ['relogin'], ['check-url', 'clear-site-data', 'contact-owner'], 'RFC 9470: sign in again, more strongly'],
  ['bearer-resource-metadata', ['relogin', 'contact-owner'], ['check-url', 'clear-site-data'], 'no token sent, the challenge names where to get one'],
  ['session-expired', ['relogin', 'clear-site-data'], ['check-url', 'contact-owner'], 'the same cookie worked a minute ago: the session ran out'],
  ['session-forgotten', ['clear-site-data', 'relogin'], ['check-url', 'contact-owner'], 'the login page itself refuses the old cookie: clear it first'],
  ['redirect-into-401', ['check-url', 'reload', 'contact-owner'], ['clear-site-data'], 'an old link redirected into a Basic area'],
  ['url-typo', ['check-url', 'reload', 'contact-owner'], ['clear-site-data'], 'two letters swapped next to a page that worked'],
  ['iis-401-1', ['reload', 'contact-owner', 'ask-it-allowlist'], BASIC_FOLD, 'IIS logon failed: Windows sign-in prompts again on reload; only Negotiate/NTLM offered and nothing sent, so the host may be missing from the browser’s allow-list'],
  ['iis-401-2', ['contact-owner', 'owner-check-server', 'ask-it-allowlist'], OWNER_FOLD, 'IIS has no method the browser shares: the owner’s configuration, no reload; or the browser does not try Windows sign-in on this host'],
  ['iis-401-3', ['contact-owner', 'owner-check-server', 'ask-it-allowlist'], OWNER_FOLD, 'a file ACL: the owner’s; Windows sign-in was offered and not tried'],
  ['iis-401-501', ['wait-retry', 'contact-owner', 'owner-fix-challenge'], OWNER_FOLD, 'too many requests at once; IIS sent no challenge'],
  ['iis-401-503', ['try-other-network', 'contact-owner', 'owner-fix-challenge'], OWNER_FOLD, 'the address is on the deny list'],
  ['wordpress', ['wait-retry', 'contact-owner', 'owner-check-plugins', 'clear-site-data', 'relogin'], ['check-url'], 'Wordfence blocked the login, which the site’s cookie was sent to'],
  ['burst', ['wait-retry', 'contact-owner', 'relogin'], ['check-url', 'clear-site-data'], 'Retry-After on a burst of 401s from an API called without a token'],
  ['server-fault', ['wait-retry', 'contact-owner', 'owner-check-server'], OWNER_FOLD, 'the same page opened a moment ago: the server changed'],
  ['apache-digest', ['reload', 'contact-owner'], BASIC_FOLD, 'real Apache Digest, nothing sent: the reload brings the password dialog back'],
  ['cors-preflight', ['contact-owner', 'owner-fix-cors'], OWNER_FOLD, 'the preflight never reaches the sign-in: only the owner can answer OPTIONS first'],
  ['cookie-not-sent', ['open-in-own-tab', 'owner-fix-cookies', 'relogin', 'contact-owner'], BASIC_FOLD, 'a SameSite=Lax cookie held back from a cross-site fetch: open the site itself, or the owner marks it None; Secure'],
  ['auth-dropped-on-redirect', ['contact-owner', 'owner-fix-redirect', 'check-url'], ['clear-site-data', 'relogin'], 'the browser dropped Authorization on the cross-origin 307: the owner keeps the redirect on one origin, the URL is the moved one'],
  ['clock-skew', ['fix-clock', 'relogin'], ['check-url', 'clear-site-data', 'contact-owner'], 'the server’s Date is 10 minutes off and it says exp failed: set the clock, then a fresh token'],
  ['token-misconfigured', ['contact-owner', 'owner-fix-token-config'], OWNER_FOLD, 'wrong audience: signing in again cannot help, the owner aligns the setting'],
  ['scheme-mismatch', ['contact-owner', 'owner-fix-outer-auth', 'relogin'], BASIC_FOLD, 'a Bearer token against nginx’s Basic: the outer sign-in must let the API through'],
  ['placeholder-token', ['dev-fix-placeholder', 'relogin'], ['check-url', 'clear-site-data', 'contact-owner'], '"Bearer undefined": the front-end read the token before it had one; a fresh sign-in stores it'],
  ['sso-not-attempted', ['ask-it-allowlist', 'contact-owner', 'reload'], BASIC_FOLD, 'only Negotiate offered and nothing sent: the host is not in the browser’s allow-list'],
  ['service-worker', ['clear-site-data', 'reload', 'owner-fix-service-worker'], ['check-url', 'contact-owner'], 'the page’s worker fetched the Basic page, so no dialog: clearing the site’s data unregisters the worker, the reload then asks, and the owner lets the page bypass it'],
  ['proxy-407', ['check-proxy', 'try-other-network', 'contact-network-admin'], [], 'the network’s proxy: its administrator, and nothing of the site'],
];

describe('the walk of every lab scenario', () => {
  it('pins a row for every lab scenario that refuses something, and an input for each', () => {
    const refusing = scenarios.filter((s) => s.refused !== null).map((s) => s.id);
    expect(TABLE.map((r) => r[0]).sort()).toEqual([...refusing].sort());
    expect(Object.keys(LAB_INPUTS).sort()).toEqual([...refusing].sort());
  });

  it.each(TABLE.map((r) => [r[0], r] as const))('%s', (id, [, offered, fallback]) => {
    const i = LAB_INPUTS[id]!;
    expect(diagnose(i).causes[0]?.id).toBe(scenarios.find((s) => s.id === id)?.expectedCause);
    expect(plan(i)).toEqual({ offered, fallback });
  });

  it('never offers DNS in the lab: every lab server answered from the address it always had', () => {
    for (const i of Object.values(LAB_INPUTS)) expect(plan(i).offered).not.toContain('flush-dns');
  });
});

const basicPage = (over: Parameters<typeof obs>[0] = {}) => obs({ url: `${LAB}/basic/`, ip: '127.0.0.1', ...over });

describe('steps chosen by evidence', () => {
  it('offers DNS when the server’s address differs from the one that answered when the page worked', () => {
    const moved = input([basicPage({ ip: '203.0.113.9' })], { successes: [ok(`${LAB}/basic/`, { ip: '127.0.0.1' })] });
    expect(plan(moved).offered).toContain('flush-dns');
    const same = input([basicPage()], { successes: [ok(`${LAB}/basic/`, { ip: '127.0.0.1' })] });
    expect([...plan(same).offered, ...plan(same).fallback]).not.toContain('flush-dns');
  });

  it('leaves DNS out, even of the fold, without a changed address: the server that answered is the site', () => {
    for (const i of [input([obs({ credentials: { browserRetried: 'unknown' } })]), LAB_INPUTS['no-challenge']!]) {
      expect([...plan(i).offered, ...plan(i).fallback]).not.toContain('flush-dns');
    }
  });

  it('offers clearing cookies only where there are some, and folds it otherwise', () => {
    const none = LAB_INPUTS['bearer-invalid-token']!;
    expect(plan(none).offered).not.toContain('clear-site-data');
    const withCookie = { ...none, siteCookieNames: ['sid'] };
    expect(plan(withCookie).offered).toContain('clear-site-data');
  });

  it('asks to reload and watch first when capture could not see the request', () => {
    const unseen = input([obs({ credentials: { requestSeen: false } })]);
    expect(plan(unseen).offered[0]).toBe('reload-and-watch');
    expect(plan(LAB_INPUTS.basic!).offered).not.toContain('reload-and-watch');
  });

  it('sends a 407 to the network’s administrator, never to the site’s owner', () => {
    const p = plan(LAB_INPUTS['proxy-407']!);
    expect(p.offered).toContain('contact-network-admin');
    expect([...p.offered, ...p.fallback]).not.toContain('contact-owner');
  });

  it('does not offer a step already tried, and keeps it out of the fold too', () => {
    const tried = { ...LAB_INPUTS['session-forgotten']!, attempts: ['clear-site-data'] as StepId[] };
    const p = plan(tried);
    expect(p.offered).not.toContain('clear-site-data');
    expect(p.fallback).not.toContain('clear-site-data');
  });

  it('brings a tried step back when the refusal came after the attempt', () => {
    const base = LAB_INPUTS['session-forgotten']!;
    const refusedAt = base.observations.at(-1)!.time;
    const before = { ...base, attempts: ['clear-site-data'] as StepId[], attemptedAt: { 'clear-site-data': refusedAt - 1 } };
    expect(plan(before).offered).toContain('clear-site-data');
    const after = { ...before, attemptedAt: { 'clear-site-data': refusedAt + 1 } };
    expect(plan(after).offered).not.toContain('clear-site-data');
  });

  it('offers, on thin evidence, only what the request itself calls for, and folds the rest in the articles’ order', () => {
    // A cookie was sent to a Cookie challenge and nothing else is known: no finding.
    const thin = input([obs({ wwwAuthenticate: ['Cookie realm="x"'], credentials: { cookieNames: ['x'] } })]);
    expect(diagnose(thin).generic).toBe(true);
    expect(plan(thin)).toEqual({ offered: ['clear-site-data', 'relogin'], fallback: ['check-url', 'contact-owner'] });
  });

  it('always offers someone to ask, even when everything was tried', () => {
    const all = { ...LAB_INPUTS.basic!, attempts: ['reload', 'relogin', 'check-url', 'clear-site-data'] as StepId[] };
    expect(plan(all).offered).toEqual(['contact-owner']);
  });

  it('keeps the fold in the articles’ order, apart from what is offered, each step once', () => {
    const anyStep = fc.constantFrom(...STEP_IDS);
    const lab = fc.constantFrom(...Object.values(LAB_INPUTS));
    fc.assert(
      fc.property(lab, fc.array(anyStep, { maxLength: 4 }), (base, attempts) => {
        const p = plan({ ...base, attempts, now: NOW });
        expect(new Set(p.offered).size).toBe(p.offered.length);
        expect(p.fallback.filter((s) => p.offered.includes(s) || attempts.includes(s))).toEqual([]);
        const order = FALLBACK_ORDER.map((s) => (s === 'contact-owner' && p.fallback.includes('contact-network-admin') ? 'contact-network-admin' : s));
        expect(p.fallback).toEqual(order.filter((s) => p.fallback.includes(s)));
        // Someone to ask is always left, unless asking was tried too.
        expect(p.offered.length > 0 || attempts.some((s) => s === 'contact-owner' || s === 'contact-network-admin')).toBe(true);
      }),
    );
  });
});
