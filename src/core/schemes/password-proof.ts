// Schemes where a password is proven without being sent: Mutual (RFC 8120) and SCRAM (RFC 7804).
import type { SchemeKnowledge } from './types.ts';
import { REALM, msg } from './common.ts';

// RFC 8120 §4.1: why a 401 of the Mutual scheme was sent.
const MUTUAL_REASONS: Readonly<Record<string, string>> = {
  initial: 'scheme_value_mutual_reason_initial',
  'stale-session': 'scheme_value_mutual_reason_stale',
  'auth-failed': 'scheme_value_mutual_reason_failed',
  'user-unknown': 'scheme_value_mutual_reason_failed',
  'invalid-credential': 'scheme_value_mutual_reason_failed',
  'reauth-needed': 'scheme_value_mutual_reason_reauth',
  'authz-failed': 'scheme_value_mutual_reason_authz',
};

export const mutual: SchemeKnowledge = {
  info: {
    id: 'mutual',
    name: 'Mutual',
    reference: 'RFC 8120',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc8120',
    registered: true,
    summary: 'scheme_mutual_summary',
  },
  params: {
    realm: REALM,
    version: 'scheme_param_mutual_version',
    algorithm: 'scheme_param_mutual_algorithm',
    validation: 'scheme_param_mutual_validation',
    'auth-scope': 'scheme_param_mutual_auth_scope',
    reason: 'scheme_param_mutual_reason',
    sid: 'scheme_param_session_id',
  },
  explainValue(name, value) {
    if (name !== 'reason') return null;
    const id = MUTUAL_REASONS[value.toLowerCase()];
    return id ? msg(id) : null;
  },
};

const SCRAM_PARAMS = { realm: REALM, data: 'scheme_param_scram_data', sid: 'scheme_param_session_id' };

export const scramSha1: SchemeKnowledge = {
  info: {
    id: 'scram-sha-1',
    name: 'SCRAM-SHA-1',
    reference: 'RFC 7804',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc7804',
    registered: true,
    summary: 'scheme_scram_summary',
  },
  params: SCRAM_PARAMS,
  // RFC 7804 §4 registers both; SHA-1 is the weaker one and servers should offer SHA-256 too.
  problems: () => [msg('scheme_problem_scram_sha1')],
};

export const scramSha256: SchemeKnowledge = {
  info: {
    id: 'scram-sha-256',
    name: 'SCRAM-SHA-256',
    reference: 'RFC 7804',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc7804',
    registered: true,
    summary: 'scheme_scram_summary',
  },
  params: SCRAM_PARAMS,
};
