// GNAP (RFC 9635 §9.1): a resource server points the client at the grant endpoint to ask.
import type { SchemeKnowledge } from './types.ts';
import { isHttpsUrl, msg, token68Problems } from './common.ts';

export const gnap: SchemeKnowledge = {
  info: {
    id: 'gnap',
    name: 'GNAP',
    reference: 'RFC 9635',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc9635',
    registered: true,
    summary: 'scheme_gnap_summary',
  },
  params: { as_uri: 'scheme_param_gnap_as_uri', access: 'scheme_param_gnap_access' },
  problems(c) {
    const out = token68Problems(c, 'GNAP');
    const as = c.params['as_uri'];
    if (as === undefined) out.push(msg('scheme_problem_gnap_no_as_uri'));
    else if (!isHttpsUrl(as)) out.push(msg('scheme_problem_not_https', 'as_uri', as));
    return out;
  },
};
