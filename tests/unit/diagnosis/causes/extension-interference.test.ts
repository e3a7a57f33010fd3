import { describe, expect, it } from 'vitest';
import { input, obs } from '../factory.ts';
import { causeIn, expectScenariosRankFirst, run } from '../helpers.ts';

const blocker = { id: 'b', name: 'Blocker', permissions: ['declarativeNetRequest'] };

describe('extension-interference', () => {
  it('ranks first when the usual steps failed and an extension can block requests', () => expectScenariosRankFirst('extension-interference'));

  it('lists the extensions that can interfere, by name, and only those', () => {
    const d = run(input([obs()], { extensions: [blocker, { id: 'c', name: 'Colour picker', permissions: ['storage'] }] }));
    expect(causeIn(d, 'extension-interference')?.evidence[0]?.message.subs).toEqual(['1', 'Blocker']);
    expect(causeIn(d, 'extension-interference')?.confidence).toBe('low');
  });

  it('is not guessed when the user did not let us look', () => {
    expect(causeIn(run(input([obs()], { extensions: null })), 'extension-interference')).toBeUndefined();
    expect(causeIn(run(input([obs()])), 'extension-interference')).toBeUndefined();
  });

  it('rises for a 407 when an extension may set the proxy', () => {
    const d = run(input([obs({ status: 407, proxyAuthenticate: ['Basic realm="p"'] })], { extensions: [{ id: 'p', name: 'Proxy', permissions: ['proxy'] }] }));
    expect(causeIn(d, 'extension-interference')?.confidence).toBe('medium');
    expect(d.causes[0]?.id).toBe('proxy-auth');
  });
});
