// The tab reducer: bounds with a dropped count, navigation, successes, idempotent observe, the
// retry certainty the record can add, and one observation per refused response however many
// events (onHeadersReceived, onCompleted) and workers reported it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildObservation, buildSettledObservation } from '../../../src/core/capture/build-observation.ts';
import type { Op, TabState } from '../../../src/core/capture/ops.ts';
import { applyOp, badgeOf } from '../../../src/core/capture/tab-state.ts';
import { OBSERVATIONS_PER_PAGE, SUCCESSES_PER_PAGE, type Observation } from '../../../src/core/observation.ts';
import { basicChallenge, bearerChallenge, req, response, T0 } from './fakes.ts';

const obs = (status = 401, over: Partial<Observation> = {}, headers = bearerChallenge): Observation => ({ ...buildObservation(response(req(), status, headers), undefined), ...over });
const fold = (ops: Op[], start: TabState | null = null) => ops.reduce<TabState | null>((s, op) => applyOp(s, op, 7), start)!;
const observe = (o: Observation): Op => ({ kind: 'observe', observation: o, successes: [] });

describe('tab reducer', () => {
  it('keeps the last 100 observations and counts the dropped ones', () => {
    const all = Array.from({ length: OBSERVATIONS_PER_PAGE + 25 }, () => obs());
    const s = fold(all.map(observe));
    expect(s.record.current.observations).toHaveLength(OBSERVATIONS_PER_PAGE);
    expect(s.record.current.dropped).toBe(25);
    expect(s.record.current.observations[0]!.id).toBe(all[25]!.id);
    expect(badgeOf(s)).toEqual({ count: OBSERVATIONS_PER_PAGE + 25, kind: 401 });
  });

  it('applies the same observe once', () => {
    const o = obs();
    expect(fold([observe(o), observe(o)]).record.current.observations).toHaveLength(1);
  });

  it('moves the current page to previous on navigation, keeping a refused page over a clean one', () => {
    const s1 = fold([observe(obs()), { kind: 'attempt', step: 'reload' }, { kind: 'navigate', time: T0 + 1e6, url: 'https://b.example/' }]);
    expect(s1.record.previous?.observations).toHaveLength(1);
    expect(s1.record.current).toMatchObject({ url: 'https://b.example/', observations: [] });
    expect(s1.attempts).toEqual([]);
    const s2 = fold([{ kind: 'navigate', time: T0 + 2e6, url: 'https://c.example/' }], s1);
    expect(s2.record.previous?.observations).toHaveLength(1);
    expect(s2.record.current.url).toBe('https://c.example/');
  });

  it('takes the page URL from a main-frame refusal, or learns it later', () => {
    expect(fold([observe(obs(401, { type: 'main_frame', url: 'https://a.example/x' }))]).record.current.url).toBe('https://a.example/x');
    const s = fold([observe(obs()), { kind: 'page-url', url: 'https://a.example/p' }, { kind: 'page-url', url: 'https://ignored/' }]);
    expect(s.record.current.url).toBe('https://a.example/p');
  });

  it('adds onAuthRequired and completion facts to the right observation', () => {
    const a = obs(401, {}, basicChallenge);
    const b = obs(401, {}, basicChallenge);
    const s = fold([
      observe(a),
      observe(b),
      { kind: 'auth', observationId: a.id, authRequired: { scheme: 'basic', realm: 'staff', isProxy: false } },
      { kind: 'auth', observationId: a.id, authRequired: { scheme: 'basic', realm: 'staff', isProxy: false } },
      { kind: 'finish', observationId: a.id, fromCache: true, ip: '10.0.0.1' },
    ]);
    const [x, y] = s.record.current.observations;
    expect(x).toMatchObject({ authRequired: [{ scheme: 'basic', realm: 'staff', isProxy: false }], fromCache: true, ip: '10.0.0.1' });
    expect(y).toMatchObject({ authRequired: [], fromCache: false, ip: null });
  });

  it('bounds successes and merges those a refusal brings without duplicates', () => {
    const success = (i: number) => ({ time: T0 + i, url: `https://app.example/p${i}`, type: 'main_frame', status: 200, cookieNames: [] });
    const many = Array.from({ length: SUCCESSES_PER_PAGE + 5 }, (_, i): Op => ({ kind: 'success', success: success(i) }));
    const s = fold([...many, { kind: 'observe', observation: obs(), successes: [success(SUCCESSES_PER_PAGE + 4), success(999)] }]);
    expect(s.record.current.successes).toHaveLength(SUCCESSES_PER_PAGE);
    expect(s.record.current.successes.at(-1)!.url).toBe('https://app.example/p999');
  });

  it('says "likely" when the origin logged in earlier, "certain" when the same request was refused before', () => {
    const first = obs(401, { time: T0, url: 'https://app.example/a' }, basicChallenge);
    const login: Op = { kind: 'auth', observationId: first.id, authRequired: { scheme: 'basic', realm: 'staff', isProxy: false } };
    const worked: Op = { kind: 'success', success: { time: T0 + 10, url: 'https://app.example/a', type: 'main_frame', status: 200, cookieNames: [] } };
    const later = obs(401, { time: T0 + 20, url: 'https://app.example/b' }, basicChallenge);
    expect(later.credentials.browserRetried).toBe('unknown');
    const s = fold([observe(first), login, worked, observe(later)]);
    expect(s.record.current.observations[1]!.credentials.browserRetried).toBe('likely');
    // Without the success in between nobody logged in: stays unknown.
    expect(fold([observe(first), login, observe(later)]).record.current.observations[1]!.credentials.browserRetried).toBe('unknown');
    // A second refusal of the same requestId seen by a new worker (no trail): certain.
    const again = { ...first, id: first.id.replace(/\.0\.(\d+)$/, '.0.$1') + '9', time: T0 + 30 };
    expect(fold([observe(first), observe(again)]).record.current.observations[1]!.credentials.browserRetried).toBe('certain');
  });

  it('clears the current page and its attempts, keeping the previous page', () => {
    const s = fold([observe(obs()), { kind: 'navigate', time: T0 + 5, url: null }, observe(obs(407)), { kind: 'attempt', step: 'check-proxy' }, { kind: 'clear', time: T0 + 9 }]);
    expect(s.record.current.observations).toEqual([]);
    expect(s.attempts).toEqual([]);
    expect(s.record.previous?.observations).toHaveLength(1);
    expect(badgeOf(s)).toEqual({ count: 0, kind: null });
  });

  it('ranks a proxy 407 above a site 401 on the badge', () => {
    expect(badgeOf(fold([observe(obs(401)), observe(obs(407))])).kind).toBe(407);
  });
});

describe('a refusal reported by onHeadersReceived and by onCompleted', () => {
  const settleOf = (o: Observation, over: { fromCache?: boolean; ip?: string; statusCode?: number } = {}): Op => {
    const headers = o.wwwAuthenticate.map((value) => ({ name: 'WWW-Authenticate', value }));
    const d = { ...req({ requestId: o.id.split('.')[0]!, url: o.url, type: o.type, timeStamp: o.time + 3 }), statusCode: over.statusCode ?? o.status, statusLine: o.statusLine, responseHeaders: headers, fromCache: over.fromCache ?? false, ip: over.ip };
    return { kind: 'settle', observation: buildSettledObservation(d, undefined), successes: [] };
  };

  it('is one observation, with the completion facts, when both reached the record', () => {
    const o = obs();
    const s = fold([observe(o), settleOf(o, { fromCache: true, ip: '10.0.0.9' })]);
    expect(s.record.current.observations).toHaveLength(1);
    expect(s.record.current.observations[0]).toMatchObject({ id: o.id, fromCache: true, ip: '10.0.0.9' });
  });

  it('stands in for a lost observation, and gives way to it if it lands late', () => {
    const o = obs();
    const alone = fold([settleOf(o, { ip: '10.0.0.9' })]);
    expect(alone.record.current.observations).toHaveLength(1);
    expect(alone.record.current.observations[0]).toMatchObject({ url: o.url, status: 401, wwwAuthenticate: o.wwwAuthenticate, ip: '10.0.0.9' });
    const late = fold([observe(o)], alone);
    expect(late.record.current.observations).toHaveLength(1);
    expect(late.record.current.observations[0]).toMatchObject({ id: o.id, ip: '10.0.0.9' });
  });

  it('keeps apart a different response of the same request and other requests', () => {
    const o = obs();
    expect(fold([observe(o), settleOf(o, { statusCode: 407 })]).record.current.observations).toHaveLength(2);
    expect(fold([observe(o), settleOf(obs())]).record.current.observations).toHaveLength(2);
  });

  it('starts the page of a main-frame refusal whose navigation was lost with its observation', () => {
    const sub = obs();
    const top = obs(401, { type: 'main_frame', url: 'https://app.example/next' });
    const s = fold([observe(sub), settleOf(top)]);
    expect(s.record.previous?.observations.map((x) => x.id)).toEqual([sub.id]);
    expect(s.record.current).toMatchObject({ url: 'https://app.example/next', observations: [{ url: 'https://app.example/next' }] });
  });

  it('leaves exactly one observation per refused request, whichever of its reports arrive, in any order (property)', () => {
    const refusals = Array.from({ length: 8 }, () => obs());
    // Per request, the reports that reached storage: 1 its observe, 2 its settle, 3 both.
    const reports = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: refusals.length, maxLength: refusals.length }).chain((which) => {
      const ops = which.flatMap((w, i) => [...(w & 1 ? [observe(refusals[i]!)] : []), ...(w & 2 ? [settleOf(refusals[i]!)] : [])]);
      return fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length });
    });
    fc.assert(
      fc.property(reports, (ops) => {
        const requestIds = fold(ops).record.current.observations.map((x) => x.id.split('.')[0]);
        expect(requestIds).toHaveLength(refusals.length);
        expect(new Set(requestIds).size).toBe(refusals.length);
      }),
    );
  });
});
