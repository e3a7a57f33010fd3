import { IIS_WINDOWS_CHALLENGES, iisScenario } from '../sites/iis-error.ts';

export const iis4012 = iisScenario({
  subStatus: '2',
  description: 'An IIS detailed error page for 401.2: no authentication method the browser and the server share is turned on.',
  summary: 'The server has no authentication method enabled that your browser can use for this page.',
  causes: [
    'Anonymous access is off and no other method is enabled.',
    'The methods enabled on the server are not ones the browser supports.',
    'A proxy between you and the server removed the headers the method needs.',
  ],
  tries: [
    'Site owner: enable an authentication method in the IIS configuration of the site.',
    'Try from inside the organisation\'s network if the site uses Windows sign-in.',
  ],
  module: 'IIS Web Core',
  errorCode: '0x80070005',
  challenges: IIS_WINDOWS_CHALLENGES,
  expectedCause: 'iis-logon-failure',
});
