import { iisScenario } from '../sites/iis-error.ts';

// Like 401.501, refused by the IP restriction module before authentication: no challenge.
export const iis401503 = iisScenario({
  subStatus: '503',
  description: 'An IIS detailed error page for 401.503: the client\'s IP address is on the server\'s deny list.',
  summary: 'Access is refused because requests from your IP address are blocked on this server.',
  causes: ['The server\'s IP address restrictions deny the address you connect from.'],
  tries: ['Connect from another network.', 'Ask the site owner to review the IP address restrictions.'],
  module: 'IpRestrictionModule',
  errorCode: '0x00000000',
  challenges: [],
  expectedCause: 'client-denied',
});
