import { IIS_WINDOWS_CHALLENGES, iisScenario } from '../sites/iis-error.ts';

export const iis4013 = iisScenario({
  subStatus: '3',
  description: 'An IIS detailed error page for 401.3: the file\'s access control list keeps this user out.',
  summary: 'The file system permissions on the requested resource do not let this user read it.',
  causes: [
    'The account IIS uses for the request has no read permission on the file or folder.',
    'The permissions were changed by a recent deployment.',
  ],
  tries: [
    'Site owner: give the application pool identity or the user read access to the folder.',
    'Site owner: compare the folder\'s permissions with a working one.',
  ],
  module: 'StaticFileModule',
  errorCode: '0x80070005',
  challenges: IIS_WINDOWS_CHALLENGES,
  expectedCause: 'iis-logon-failure',
});
