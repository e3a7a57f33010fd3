import { describe, expect, it } from 'vitest';
import { bearer, input, obs } from '../factory.ts';
import { causeIn, expectScenariosRankFirst, run } from '../helpers.ts';

const sent = (placeholder: 'undefined' | 'null' | 'object' | 'empty' | 'nan') =>
  run(input([obs({ type: 'xmlhttprequest', wwwAuthenticate: [bearer({ error: 'invalid_token' })], credentials: { authorizationScheme: 'Bearer', placeholder } })]));

describe('placeholder-token', () => {
  it('ranks first for "Bearer undefined"', () => expectScenariosRankFirst('placeholder-token'));

  it.each([
    ['undefined', 'undefined'],
    ['null', 'null'],
    ['object', '[object Object]'],
    ['nan', 'NaN'],
  ] as const)('shows the literal the script wrote for %s', (kind, shown) => {
    const c = causeIn(sent(kind), 'placeholder-token');
    expect(c?.evidence[0]?.message).toEqual({ id: 'ev_placeholder_token', subs: ['Bearer', shown] });
    expect(c?.steps).toEqual(['dev-fix-placeholder', 'reload', 'relogin']);
  });

  it('says an empty token is empty', () => {
    expect(causeIn(sent('empty'), 'placeholder-token')?.evidence[0]?.message).toEqual({ id: 'ev_placeholder_empty', subs: ['Bearer'] });
  });

  it('outranks "your sign-in was refused": it was never a sign-in', () => {
    const d = sent('undefined');
    expect(d.causes[0]?.id).toBe('placeholder-token');
    expect(d.causes.findIndex((c) => c.id === 'credentials-rejected')).toBeGreaterThan(0);
  });

  it('needs the placeholder fact; a real token is not one', () => {
    expect(causeIn(run(input([obs({ credentials: { authorizationScheme: 'Bearer' } })])), 'placeholder-token')).toBeUndefined();
    expect(causeIn(run(input([obs({ credentials: { authorizationScheme: 'Bearer', placeholder: null } })])), 'placeholder-token')).toBeUndefined();
  });
});
