// DPoP (RFC 9449 §7.1): Bearer's parameters plus the proof algorithms the server accepts.
import type { SchemeKnowledge } from './types.ts';
import { REALM, msg, splitSpaces, token68Problems } from './common.ts';
import { TOKEN_PARAMS, tokenProblems, tokenValueNote } from './oauth-errors.ts';

// RFC 9449 §7.1: algs lists asymmetric JWS algorithms only; "none" and MACs prove no key.
const FORBIDDEN_ALG = /^(none|HS256|HS384|HS512)$/i;

export const dpop: SchemeKnowledge = {
  info: {
    id: 'dpop',
    name: 'DPoP',
    reference: 'RFC 9449',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc9449',
    registered: true,
    summary: 'scheme_dpop_summary',
  },
  params: { realm: REALM, ...TOKEN_PARAMS, algs: 'scheme_param_dpop_algs' },
  explainValue(name, value) {
    if (name === 'algs') {
      const list = splitSpaces(value);
      return list.length > 0 ? msg('scheme_value_dpop_algs', list.join(', ')) : null;
    }
    return tokenValueNote(name, value);
  },
  problems(c) {
    const out = token68Problems(c, 'DPoP').concat(tokenProblems(c));
    const algs = c.params['algs'];
    if (algs !== undefined) for (const a of splitSpaces(algs)) if (FORBIDDEN_ALG.test(a)) out.push(msg('scheme_problem_dpop_alg', a));
    return out;
  },
};
