import { IIS_WINDOWS_CHALLENGES, iisScenario } from '../sites/iis-error.ts';

export const iis4011 = iisScenario({
  subStatus: '1',
  description: 'An IIS detailed error page for 401.1: the user name or password given was refused.',
  summary: 'The credentials you sent did not let you in to this directory or page.',
  causes: [
    'The user name or password is wrong.',
    'The account is locked, disabled or its password has changed.',
    'The browser sent credentials that were cached from an earlier visit.',
  ],
  tries: [
    'Type the user name and password again, with care for the keyboard layout.',
    'Ask the site owner whether your account can use this site.',
    'Site owner: check the Security event log of the server for the failed logon.',
  ],
  module: 'WindowsAuthenticationModule',
  errorCode: '0x8007052e',
  challenges: IIS_WINDOWS_CHALLENGES,
  expectedCause: 'iis-logon-failure',
});
