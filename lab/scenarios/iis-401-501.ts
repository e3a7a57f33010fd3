import { iisScenario } from '../sites/iis-error.ts';

// Dynamic IP Restrictions refuses before any authentication module runs: no challenge is added.
export const iis401501 = iisScenario({
  subStatus: '501',
  description: 'An IIS detailed error page for 401.501: this client sent too many requests at once.',
  summary: 'Access is refused because this client has more requests open at the same time than the server allows.',
  causes: ['The client made many requests at once and hit the concurrent request limit.'],
  tries: ['Wait a little and try again.', 'Site owner: review the Dynamic IP Restrictions limits.'],
  module: 'DynamicIpRestrictionModule',
  errorCode: '0x00000000',
  challenges: [],
  expectedCause: 'rate-limited',
});
