// Digest (RFC 7616): the parameters a browser needs to build its hashed answer.
import type { Challenge } from '../challenge/types.ts';
import type { Message } from '../diagnosis/types.ts';
import type { SchemeKnowledge } from './types.ts';
import { CHARSET, REALM, charsetNote, charsetProblems, isBooleanToken, msg, token68Problems } from './common.ts';

/** RFC 7616 §3.3 and the IANA "HTTP Digest Hash Algorithms" registry, uppercased. */
const ALGORITHM_NOTES: Readonly<Record<string, string>> = {
  MD5: 'scheme_value_digest_alg_md5',
  'MD5-SESS': 'scheme_value_digest_alg_md5',
  'SHA-256': 'scheme_value_digest_alg_sha256',
  'SHA-256-SESS': 'scheme_value_digest_alg_sha256',
  'SHA-512-256': 'scheme_value_digest_alg_sha512_256',
  'SHA-512-256-SESS': 'scheme_value_digest_alg_sha512_256',
};

const QOP_VALUES = new Set(['auth', 'auth-int']);

function qopList(v: string): string[] {
  return v
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .filter((x) => x !== '');
}

function explainValue(name: string, value: string): Message | null {
  switch (name) {
    case 'stale':
      if (value.toLowerCase() === 'true') return msg('scheme_value_digest_stale_true');
      if (value.toLowerCase() === 'false') return msg('scheme_value_digest_stale_false');
      return null;
    case 'algorithm': {
      const id = ALGORITHM_NOTES[value.toUpperCase()];
      return id ? msg(id, value) : null;
    }
    case 'qop': {
      const list = qopList(value);
      const auth = list.includes('auth');
      const authInt = list.includes('auth-int');
      if (auth && authInt) return msg('scheme_value_digest_qop_both');
      if (authInt) return msg('scheme_value_digest_qop_auth_int');
      if (auth) return msg('scheme_value_digest_qop_auth');
      return null;
    }
    case 'userhash':
      return value.toLowerCase() === 'true' ? msg('scheme_value_digest_userhash_true') : null;
    default:
      return charsetNote(name, value);
  }
}

function problems(c: Challenge): Message[] {
  const out = token68Problems(c, 'Digest');
  const p = c.params;
  if (p['realm'] === undefined) out.push(msg('scheme_problem_digest_no_realm'));
  if (p['nonce'] === undefined) out.push(msg('scheme_problem_digest_no_nonce'));
  const alg = p['algorithm'];
  if (alg !== undefined && ALGORITHM_NOTES[alg.toUpperCase()] === undefined) {
    out.push(msg('scheme_problem_digest_unknown_algorithm', alg));
  }
  const qop = p['qop'];
  // RFC 7616 §3.3: the server MUST send qop; without it the RFC 2069 compatibility mode applies.
  if (qop === undefined) out.push(msg('scheme_problem_digest_no_qop'));
  else for (const v of qopList(qop)) if (!QOP_VALUES.has(v)) out.push(msg('scheme_problem_digest_unknown_qop', v));
  for (const name of ['stale', 'userhash']) {
    const v = p[name];
    if (v !== undefined && !isBooleanToken(v)) out.push(msg('scheme_problem_not_boolean', name, v));
  }
  return out.concat(charsetProblems(c));
}

export const digest: SchemeKnowledge = {
  info: {
    id: 'digest',
    name: 'Digest',
    reference: 'RFC 7616',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc7616',
    registered: true,
    summary: 'scheme_digest_summary',
  },
  params: {
    realm: REALM,
    domain: 'scheme_param_digest_domain',
    nonce: 'scheme_param_digest_nonce',
    opaque: 'scheme_param_digest_opaque',
    stale: 'scheme_param_digest_stale',
    algorithm: 'scheme_param_digest_algorithm',
    qop: 'scheme_param_digest_qop',
    charset: CHARSET,
    userhash: 'scheme_param_digest_userhash',
  },
  explainValue,
  problems,
};
