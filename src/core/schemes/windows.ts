// Windows integrated sign-in: Negotiate (SPNEGO, RFC 4559) and the older NTLM and Kerberos
// names. They carry a token68 (a handshake message) or nothing, never parameters.
import type { Challenge } from '../challenge/types.ts';
import type { Message } from '../diagnosis/types.ts';
import type { SchemeKnowledge } from './types.ts';
import { msg } from './common.ts';

function paramsProblems(name: string) {
  return (c: Challenge): Message[] => (Object.keys(c.params).length > 0 ? [msg('scheme_problem_handshake_params', name)] : []);
}

export const negotiate: SchemeKnowledge = {
  info: {
    id: 'negotiate',
    name: 'Negotiate',
    reference: 'RFC 4559',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc4559',
    registered: true,
    summary: 'scheme_negotiate_summary',
  },
  params: {},
  problems: paramsProblems('Negotiate'),
};

export const ntlm: SchemeKnowledge = {
  info: {
    id: 'ntlm',
    name: 'NTLM',
    reference: 'MS-NTHT',
    referenceUrl: 'https://learn.microsoft.com/openspecs/windows_protocols/ms-ntht/',
    registered: false,
    summary: 'scheme_ntlm_summary',
  },
  params: {},
  problems: paramsProblems('NTLM'),
};

export const kerberos: SchemeKnowledge = {
  info: {
    id: 'kerberos',
    name: 'Kerberos',
    reference: 'RFC 4120',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc4120',
    registered: false,
    summary: 'scheme_kerberos_summary',
  },
  params: {},
  problems: paramsProblems('Kerberos'),
};
