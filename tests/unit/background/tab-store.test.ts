// The storage.session store: concurrency, corrupt and older state, a worker restart in the middle
// of folding, and a closed tab.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildObservation } from '../../../src/core/capture/build-observation.ts';
import type { Op } from '../../../src/core/capture/ops.ts';
import { tabKey } from '../../../src/background/store/keys.ts';
import { decode } from '../../../src/background/store/stored-tab.ts';
import { TabStore } from '../../../src/background/store/tab-store.ts';
import { countingSession, req, response, settle } from './fakes.ts';

const observe = (url = 'https://app.example/api'): Op => ({ kind: 'observe', observation: buildObservation(response(req({ url }), 401), undefined), successes: [] });

beforeEach(() => fakeBrowser.reset());

describe('TabStore', () => {
  it('loses nothing when 100 events arrive at once on several tabs', async () => {
    const { session } = countingSession();
    const store = new TabStore(session);
    for (let i = 0; i < 100; i++) store.write(1 + (i % 3), observe(`https://app.example/api/${i}`));
    const states = await Promise.all([1, 2, 3].map((t) => store.read(t)));
    expect(states.map((s) => s!.record.current.observations.length)).toEqual([34, 33, 33]);
    const urls = states.flatMap((s) => s!.record.current.observations.map((o) => o.url));
    expect(new Set(urls).size).toBe(100);
    // Folded: only the three tab records remain.
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(['tab:1', 'tab:2', 'tab:3']);
  });

  it('survives a restart: a new store folds what the stopped one wrote but never folded', async () => {
    const { session } = countingSession();
    const dying = new TabStore(session);
    await dying.ready;
    // Simulate a worker stopped right after its writes were issued and before any fold ran.
    for (let i = 0; i < 5; i++) await session.set({ [`op:9:${String(i).padStart(14, '0')}abcd`]: observe(`https://a.example/${i}`) });
    const fresh = new TabStore(session);
    expect((await fresh.read(9))!.record.current.observations.map((o) => o.url)).toEqual([0, 1, 2, 3, 4].map((i) => `https://a.example/${i}`));
    expect(fresh.knows(9)).toBe(true);
  });

  it('does not apply twice the changes whose removal a stopped worker missed', async () => {
    const { session } = countingSession();
    const a = new TabStore(session);
    a.write(4, observe());
    await a.read(4);
    const stored = decode((await fakeBrowser.storage.session.get(tabKey(4)))[tabKey(4)]) as { folded: string[] };
    // Put the folded op back, as if `remove` never happened.
    const key = stored.folded[0]!;
    await session.set({ [key]: observe() });
    const b = new TabStore(session);
    expect((await b.read(4))!.record.current.observations).toHaveLength(1);
  });

  it('resets a corrupt record with a logged reason, and keeps going', async () => {
    await fakeBrowser.storage.session.set({ [tabKey(5)]: { v: 1, state: 'garbage' }, 'op:5:000000000000001xxxx': { kind: 'nonsense' } });
    const logs: string[] = [];
    const store = new TabStore(countingSession().session, { log: (m) => logs.push(m) });
    store.write(5, observe());
    expect((await store.read(5))!.record.current.observations).toHaveLength(1);
    expect(logs.join('\n')).toMatch(/reset a tab record that does not parse \(version 1\)/);
    expect(logs.join('\n')).toMatch(/skipped a change that does not parse/);
  });

  it('migrates an unversioned record (a bare TabRecord)', async () => {
    const o = (observe() as Extract<Op, { kind: 'observe' }>).observation;
    await fakeBrowser.storage.session.set({ [tabKey(6)]: { tabId: 6, current: { url: null, startedAt: 1, observations: [o], dropped: 0, successes: [] }, previous: null } });
    const logs: string[] = [];
    const store = new TabStore(countingSession().session, { log: (m) => logs.push(m) });
    const s = await store.read(6);
    expect(s!.record.current.observations[0]!.id).toBe(o.id);
    expect(s!.attempts).toEqual([]);
    expect(logs[0]).toMatch(/migrated/);
    expect(decode((await fakeBrowser.storage.session.get(tabKey(6)))[tabKey(6)])).toMatchObject({ v: 1 });
  });

  it('drops a closed tab and ignores its late events', async () => {
    const store = new TabStore(countingSession().session);
    store.write(8, observe());
    await store.read(8);
    await store.drop(8);
    store.write(8, observe());
    await settle();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(store.knows(8)).toBe(false);
  });

  it('folds a noted change from memory, without a storage key of its own', async () => {
    const { session, calls } = countingSession();
    const store = new TabStore(session);
    const o = observe();
    store.write(2, o);
    await store.read(2);
    const sets = calls.set;
    const id = (o as Extract<Op, { kind: 'observe' }>).observation.id;
    store.note(2, { kind: 'finish', observationId: id, fromCache: true, ip: '10.9.9.9' });
    expect(store.knows(2)).toBe(true);
    expect((await store.read(2))!.record.current.observations[0]).toMatchObject({ fromCache: true, ip: '10.9.9.9' });
    // Only the record was written, and no op key is left behind.
    expect(calls.set).toBe(sets + 1);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([tabKey(2)]);
  });

  it('keeps nothing for a tab where nothing was refused', async () => {
    const store = new TabStore(countingSession().session);
    store.write(3, { kind: 'navigate', time: 1, url: 'https://x.example/' });
    expect(await store.read(3)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
