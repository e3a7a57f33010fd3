// Basic (RFC 7617) and xBasic, the made-up name servers use to keep the browser's dialog away.
import type { SchemeKnowledge } from './types.ts';
import { CHARSET, REALM, charsetNote, charsetProblems, msg, token68Problems } from './common.ts';

export const basic: SchemeKnowledge = {
  info: {
    id: 'basic',
    name: 'Basic',
    reference: 'RFC 7617',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc7617',
    registered: true,
    summary: 'scheme_basic_summary',
  },
  params: { realm: REALM, charset: CHARSET },
  explainValue: charsetNote,
  problems(c) {
    const out = token68Problems(c, 'Basic');
    // RFC 7617 §2: realm is REQUIRED.
    if (c.params['realm'] === undefined) out.push(msg('scheme_problem_basic_no_realm'));
    return out.concat(charsetProblems(c));
  },
};

// Not registered: single-page apps answer XHRs with "xBasic" so that browsers, which only prompt
// for schemes they know, show no dialog and the page's own form asks instead.
export const xbasic: SchemeKnowledge = {
  info: {
    id: 'xbasic',
    name: 'xBasic',
    reference: 'RFC 7617',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc7617',
    registered: false,
    summary: 'scheme_xbasic_summary',
  },
  params: { realm: REALM, charset: CHARSET },
  explainValue: charsetNote,
};
