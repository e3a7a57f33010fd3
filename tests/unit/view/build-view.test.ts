// The view the background builds for the popup: the same diagnosis the engine gives for the same
// input, and every part the popup renders derived from the focused request.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnosis/diagnose.ts';
import type { TabRecord } from '../../../src/core/observation.ts';
import { buildView, viewInput, type ViewInputs } from '../../../src/core/view/build-view.ts';
import { View } from '../../../src/core/view/schema.ts';
import { observation, page, success, viewInputs } from '../popup/fixtures.ts';

function record(current = page([observation()]), previous: TabRecord['previous'] = null): TabRecord {
  return { tabId: 1, current, previous };
}

function inputs(over: Partial<ViewInputs> = {}): ViewInputs {
  return viewInputs({ record: record(), ...over });
}

describe('buildView', () => {
  it('holds the engine’s own diagnosis of the same input, and passes its own schema', () => {
    const p = inputs({ attempts: ['reload'], cookieNames: ['sid'] });
    const view = buildView(p);
    const d = diagnose(viewInput(p));
    expect(view.diagnosis.causes.map((c) => [c.id, c.confidence, c.steps])).toEqual(d.causes.map((c) => [c.id, c.confidence, c.steps]));
    expect(view.diagnosis.headline).toEqual({ ...d.headline, ...(d.headline.subs ? { subs: [...d.headline.subs] } : {}) });
    expect(View.safeParse(JSON.parse(JSON.stringify(view))).success).toBe(true);
  });

  it('explains the Basic challenge and plans a reload to sign in again', () => {
    const view = buildView(inputs());
    expect(view.challenge?.header).toBe('WWW-Authenticate');
    expect(view.challenge?.challenges[0]).toMatchObject({ scheme: 'basic', info: { name: 'Basic' } });
    expect(view.challenge?.challenges[0]?.params.map((x) => x.name)).toEqual(['realm']);
    expect(view.signIn).toEqual({ kind: 'reload' });
    expect(view.scope).toEqual({ origins: ['https://app.example.com', 'http://app.example.com'], domain: 'example.com' });
    expect(view.dnsCommand).toEqual({ id: 'step_flush_dns_linux_command' });
    expect(view.steps).toContain('contact-owner');
  });

  it('shows a 407 as the proxy’s challenge, with the parser’s syntax errors', () => {
    const o = observation({ status: 407, wwwAuthenticate: [], proxyAuthenticate: ['Basic realm="x", , =bad'] });
    const view = buildView(inputs({ record: record(page([o])) }));
    expect(view.challenge?.header).toBe('Proxy-Authenticate');
    expect(view.challenge?.errors.length).toBeGreaterThan(0);
  });

  it('marks URL issues with the texts of the url-mistake cause and finds the last working page', () => {
    const o = observation({ url: 'https://app.example.com//private/' });
    const view = buildView(inputs({ record: record(page([o], [success({ url: 'https://app.example.com/private/' })])) }));
    expect(view.urlCheck?.segments.map((s) => s.text).join('')).toBe(o.url);
    const marked = view.urlCheck?.segments.find((s) => s.issue === 'double-slash');
    expect(marked?.note?.id).toBe('ev_url_double_slash');
    expect(view.urlCheck?.lastWorking).toBe('https://app.example.com/private/');
  });

  it('defaults to the previous page when the current one refused nothing, and explains a chosen request', () => {
    const older = observation({ id: 'a', url: 'https://app.example.com/a' });
    const newer = observation({ id: 'b', url: 'https://app.example.com/b' });
    const r = record(page([]), page([older, newer]));
    expect(buildView(inputs({ record: r })).selection).toEqual({ page: 'previous', focusId: null });
    expect(buildView(inputs({ record: r })).diagnosis.focus?.id).toBe('b');
    const chosen = buildView(inputs({ record: r, selection: { page: 'previous', focusId: 'a' } }));
    expect(chosen.diagnosis.focus?.id).toBe('a');
    expect(chosen.previous?.rows.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('has nothing to explain without a record, and says so with null parts', () => {
    const view = buildView(inputs({ record: null }));
    expect(view.diagnosis.focus).toBeNull();
    expect([view.challenge, view.urlCheck, view.signIn, view.scope, view.current]).toEqual([null, null, null, null, null]);
  });

  it('is deterministic and always valid for any mix of statuses and challenge lines (property)', () => {
    const line = fc.constantFrom('Basic realm="a"', 'Bearer error="invalid_token"', 'Digest realm="r", nonce="n"', 'Negotiate', '', ',,=');
    fc.assert(
      fc.property(fc.array(fc.record({ status: fc.constantFrom(401, 407), lines: fc.array(line, { maxLength: 3 }) }), { maxLength: 4 }), (rows) => {
        const obs = rows.map((r, i) => observation({ id: `o${i}`, status: r.status, wwwAuthenticate: r.lines, proxyAuthenticate: r.status === 407 ? r.lines : [] }));
        const p = inputs({ record: record(page(obs)) });
        const a = buildView(p);
        expect(buildView(p)).toEqual(a);
        expect(View.safeParse(a).success).toBe(true);
        expect(a.diagnosis.focus === null).toBe(obs.length === 0);
      }),
      { numRuns: 60 },
    );
  });
});
