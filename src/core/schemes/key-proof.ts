// Schemes where the client proves it holds a key: HOBA (RFC 7486), Concealed (RFC 9729),
// Privacy Pass tokens (RFC 9577) and VAPID (RFC 8292).
import type { Message } from '../diagnosis/types.ts';
import type { SchemeKnowledge } from './types.ts';
import { REALM, isNonNegativeInteger, msg } from './common.ts';

/** HOBA and PrivateToken both give their challenge a lifetime in seconds as max-age. */
function explainMaxAge(name: string, value: string): Message | null {
  return name === 'max-age' && isNonNegativeInteger(value) ? msg('scheme_value_challenge_max_age', value) : null;
}

export const hoba: SchemeKnowledge = {
  info: {
    id: 'hoba',
    name: 'HOBA',
    reference: 'RFC 7486',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc7486',
    registered: true,
    summary: 'scheme_hoba_summary',
  },
  params: { realm: REALM, challenge: 'scheme_param_hoba_challenge', 'max-age': 'scheme_param_challenge_max_age' },
  explainValue: explainMaxAge,
  problems(c) {
    const out = [];
    // RFC 7486 §3: challenge and max-age are both required in a HOBA challenge.
    if (c.params['challenge'] === undefined) out.push(msg('scheme_problem_missing_param', 'HOBA', 'challenge'));
    const age = c.params['max-age'];
    if (age === undefined) out.push(msg('scheme_problem_missing_param', 'HOBA', 'max-age'));
    else if (!isNonNegativeInteger(age)) out.push(msg('scheme_problem_max_age', age));
    return out;
  },
};

export const concealed: SchemeKnowledge = {
  info: {
    id: 'concealed',
    name: 'Concealed',
    reference: 'RFC 9729',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc9729',
    registered: true,
    summary: 'scheme_concealed_summary',
  },
  params: { realm: REALM },
};

export const privateToken: SchemeKnowledge = {
  info: {
    id: 'privatetoken',
    name: 'PrivateToken',
    reference: 'RFC 9577',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc9577',
    registered: true,
    summary: 'scheme_privatetoken_summary',
  },
  params: {
    challenge: 'scheme_param_privatetoken_challenge',
    'token-key': 'scheme_param_privatetoken_token_key',
    'max-age': 'scheme_param_challenge_max_age',
  },
  explainValue: explainMaxAge,
  problems(c) {
    const out = [];
    // RFC 9577 §2.1: challenge and token-key are required.
    if (c.params['challenge'] === undefined) out.push(msg('scheme_problem_missing_param', 'PrivateToken', 'challenge'));
    if (c.params['token-key'] === undefined) out.push(msg('scheme_problem_missing_param', 'PrivateToken', 'token-key'));
    return out;
  },
};

export const vapid: SchemeKnowledge = {
  info: {
    id: 'vapid',
    name: 'vapid',
    reference: 'RFC 8292',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc8292',
    registered: true,
    summary: 'scheme_vapid_summary',
  },
  params: { t: 'scheme_param_vapid_t', k: 'scheme_param_vapid_k' },
};
