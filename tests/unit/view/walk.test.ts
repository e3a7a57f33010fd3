// The rest of the walk the view carries (issue 13): copy as curl without a credential, "it works
// now", the words of each step chosen by the evidence, and the steps tried.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAllLocales } from '../../../build/locales.ts';
import { STEP_IDS } from '../../../src/core/diagnosis/types.ts';
import type { Observation } from '../../../src/core/observation.ts';
import { buildView, type ViewInputs } from '../../../src/core/view/build-view.ts';
import { curlCommand, shellQuote } from '../../../src/core/view/curl.ts';
import { recoveryOf } from '../../../src/core/view/recovery.ts';
import { REQUEST_TYPES, requestTypeId } from '../../../src/core/view/request-types.ts';
import { allStepTextIds } from '../../../src/core/view/step-texts.ts';
import { maskUrl } from '../../../src/core/url/mask.ts';
import { observation, page, success, viewInputs } from '../popup/fixtures.ts';

function inputs(observations: Observation[], over: Partial<ViewInputs> = {}, successes = [success()]): ViewInputs {
  return viewInputs({ record: { tabId: 1, current: page(observations, successes), previous: null }, settled: true, ...over });
}

describe('copy as curl', () => {
  it('names the scheme and the cookies with placeholders, and the method', () => {
    const o = observation({ method: 'POST', credentials: { authorizationScheme: 'Bearer', cookieNames: ['sid', 'csrf'], browserRetried: 'no' } });
    const c = curlCommand(o);
    expect(c.command).toBe(
      "curl -i -X POST 'https://app.example.com/private/' -H 'Authorization: Bearer <token>' -H 'Cookie: sid=<value>; csrf=<value>' --data '<body>'",
    );
    expect(c.note).toEqual({ id: 'curl_note_body' });
  });

  it('sends a 407’s credentials to the proxy only, and says when the headers were not seen', () => {
    const o = observation({ status: 407, credentials: { authorizationScheme: 'Basic', cookieNames: [], browserRetried: 'no', requestSeen: false } });
    const c = curlCommand(o);
    expect(c.command).toContain("--proxy '<proxy URL>' --proxy-header 'Proxy-Authorization: Basic <base64 of user:password>'");
    expect(c.note).toEqual({ id: 'curl_note_not_seen' });
  });

  it('quotes for a POSIX shell, so a quote in the URL cannot end the argument', () => {
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
    expect(curlCommand(observation({ url: "https://app.example.com/it's" })).command).toContain(`'https://app.example.com/it'\\''s'`);
  });

  it('never holds a secret of the request, whatever the URL, the scheme and the token claims carried', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/);
    fc.assert(
      fc.property(secret, fc.constantFrom('token', 'access_token', 'password', 'sig', 'api_key'), fc.constantFrom('Bearer', 'Basic', 'DPoP', 'Weird scheme', 'x'), (s, param, scheme) => {
        // What capture keeps of a request that carried `s` as a query value, in userinfo and in the token.
        const url = maskUrl(`https://user:${s}@app.example.com/p?${param}=${s}&page=2#${param}=${s}`);
        const o = observation({
          url,
          credentials: {
            authorizationScheme: scheme,
            cookieNames: ['sid', `bad name=${s}`],
            browserRetried: 'no',
            token: { exp: 1, nbf: null, iat: null, iss: `https://${s}.example`, aud: [s], scope: s },
          },
        });
        const c = curlCommand(o).command;
        expect(c).not.toContain(s);
        expect(c).toContain('page=2');
      }),
    );
  });
});

describe('it works now', () => {
  const refused = observation({ time: 1_000 });
  it('is the tab’s next 2xx document on the refused origin', () => {
    expect(recoveryOf(refused, [success({ time: 2_000, url: 'https://app.example.com/private/' })])).toEqual({ url: 'https://app.example.com/private/', time: 2_000 });
  });
  it('is not an earlier success, a sub-resource, another origin or a redirect', () => {
    const not = [
      success({ time: 500 }),
      success({ time: 2_000, type: 'xmlhttprequest' }),
      success({ time: 2_000, url: 'https://other.example.com/' }),
      success({ time: 2_000, status: 302 }),
    ];
    expect(recoveryOf(refused, not)).toBeNull();
    expect(recoveryOf(null, not)).toBeNull();
  });
});

describe('the view’s walk', () => {
  it('offers and folds by the evidence, lists what was tried, and gives each step its words', () => {
    const view = buildView(inputs([observation()], { attempts: ['check-url'] }));
    expect(view.steps).toEqual(['reload', 'contact-owner']);
    expect(view.fallbackSteps).toEqual(['clear-site-data']);
    expect(view.tried).toEqual(['check-url']);
    const texts = new Map(view.stepTexts.map((t) => [t.step, t.text.id]));
    expect(texts.get('clear-site-data')).toBe('step_clear_site_data_text_no_cookies');
    // Nothing of the URL is marked, so the card does not speak of a highlighted part.
    expect(texts.get('check-url')).toBe('step_check_url_text_plain');
    expect(view.siteHasCookies).toBe(false);
    expect(view.curl).toBe("curl -i 'https://app.example.com/private/'");
  });

  it('words a fresh Basic sign-in as forgetting the remembered password, not as a fresh session', () => {
    const retried = observation({ credentials: { authorizationScheme: null, cookieNames: [], browserRetried: 'certain' } });
    const view = buildView(inputs([retried]));
    expect(view.steps).toContain('relogin');
    expect(view.stepTexts.find((t) => t.step === 'relogin')?.text.id).toBe('step_relogin_text_prompted');
  });

  it('says the highlighted part only when a part of the URL is marked', () => {
    const view = buildView(inputs([observation({ url: 'https://app.example.com//private/' })], { attempts: [] }, [success({ url: 'https://app.example.com/private/' })]));
    expect(view.urlCheck?.segments.some((s) => s.issue !== null)).toBe(true);
    expect(view.stepTexts.find((t) => t.step === 'check-url')?.text.id).toBe('step_check_url_text');
  });

  it('reports the recovery from the record’s successes', () => {
    const view = buildView(inputs([observation({ time: 1_000 })], {}, [success({ time: 3_000, url: 'https://app.example.com/private/' })]));
    expect(view.recovered).toEqual({ url: 'https://app.example.com/private/', time: 3_000 });
  });

  it('has every text a step can be shown with, in every language', () => {
    const catalogs = mergeAllLocales();
    // The new steps of issues 11–13 get their texts from the causes helper's steps-real-world.json.
    const written = STEP_IDS.filter((s) => STEP_IDS.indexOf(s) < STEP_IDS.indexOf('reload-and-watch'));
    for (const lang of ['en', 'ru']) {
      const terminalOnly = allStepTextIds('contact-network-admin').filter((id) => id.startsWith('cli_'));
      const missing = [...written.flatMap(allStepTextIds), ...terminalOnly].filter((id) => !(id in catalogs[lang]!));
      expect(missing, lang).toEqual([]);
    }
  });
});

describe('request types in words', () => {
  it('has a name for every type in every language, and "other" for a type it does not know', () => {
    const catalogs = mergeAllLocales();
    for (const lang of ['en', 'ru']) expect(REQUEST_TYPES.map(requestTypeId).filter((id) => !(id in catalogs[lang]!)), lang).toEqual([]);
    expect(requestTypeId('xmlhttprequest')).toBe('type_xmlhttprequest');
    expect(requestTypeId('brand_new_type')).toBe('type_other');
  });
});
