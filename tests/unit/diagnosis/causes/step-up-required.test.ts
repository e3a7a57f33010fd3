import { describe, expect, it } from 'vitest';
import { bearer, input, obs } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('step-up-required', () => {
  it('ranks first for insufficient_user_authentication', () => expectScenariosRankFirst('step-up-required'));

  it('shows acr_values and max_age', () => {
    const d = run(input([obs({ wwwAuthenticate: [bearer({ error: 'insufficient_user_authentication', acr_values: 'mfa', max_age: '60' })] })]));
    const c = causeIn(d, 'step-up-required');
    expect(c?.evidence.map((e) => e.message)).toEqual([{ id: 'ev_step_up' }, { id: 'ev_acr_values', subs: ['mfa'] }, { id: 'ev_max_age', subs: ['60'] }]);
    expect(c?.steps).toEqual(['relogin']);
  });

  it('is only medium on acr_values without the error code', () => {
    const c = causeIn(run(input([obs({ wwwAuthenticate: [bearer({ acr_values: 'mfa' })] })])), 'step-up-required');
    expect(c?.confidence).toBe('medium');
    expect(evidenceIds(c)).toEqual(['ev_acr_values']);
  });

  it('is silent for other Bearer errors', () => {
    expect(causeIn(run(input([obs({ wwwAuthenticate: [bearer({ error: 'invalid_token' })] })])), 'step-up-required')).toBeUndefined();
  });
});
