// explainChallenge: meanings, value notes and semantic problems for the schemes the product meets.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../bench/challenge-corpus.ts';
import type { Message } from '../../../src/core/diagnosis/types.ts';
import { SCHEMES, explainChallenge, parseChallenges, schemeInfo } from '../../../src/core/index.ts';

const one = (field: string) => {
  const { challenges, errors } = parseChallenges(field);
  expect(errors).toEqual([]);
  return explainChallenge(challenges[0]!);
};
const ids = (ms: readonly Message[]) => ms.map((m) => m.id);
const noteOf = (field: string, name: string) => one(field).params.find((p) => p.name === name)?.valueNote ?? null;
const meaningOf = (field: string, name: string) => one(field).params.find((p) => p.name === name)?.meaning?.id ?? null;

describe('scheme catalogue', () => {
  it('covers every scheme of the IANA registry and the common unregistered ones', () => {
    const iana = ['basic', 'bearer', 'concealed', 'digest', 'dpop', 'gnap', 'hoba', 'mutual', 'negotiate', 'oauth', 'privatetoken', 'scram-sha-1', 'scram-sha-256', 'vapid'];
    for (const id of iana) expect(schemeInfo(id)?.registered, id).toBe(true);
    for (const id of ['ntlm', 'kerberos', 'aws4-hmac-sha256']) expect(schemeInfo(id)?.registered, id).toBe(false);
    expect(schemeInfo('NEGOTIATE')?.name).toBe('Negotiate');
    expect(schemeInfo('newauth')).toBeNull();
  });

  it('cites an RFC or vendor document for every scheme', () => {
    for (const k of SCHEMES) {
      expect(k.info.reference, k.info.id).toMatch(/\S/);
      expect(k.info.referenceUrl, k.info.id).toMatch(/^https:\/\//);
    }
  });

  it('explains every corpus challenge of a known scheme with no problem and a meaning for each parameter', () => {
    const knownParamsOnly = CORPUS.filter((e) => !/Keycloak|RFC 9110 §11.6.1/.test(e.source));
    for (const entry of knownParamsOnly) {
      for (const c of parseChallenges(entry.field).challenges) {
        const x = explainChallenge(c);
        if (x.scheme === null) continue;
        const expectedProblems = c.scheme === 'scram-sha-1' ? ['scheme_problem_scram_sha1'] : [];
        expect(ids(x.problems), `${entry.source} ${c.scheme}`).toEqual(expectedProblems);
        for (const p of x.params) expect(p.meaning, `${entry.source} ${p.name}`).not.toBeNull();
      }
    }
  });

  it('has every message id it can return in both languages', () => {
    const srcDir = new URL('../../../src/core/schemes/', import.meta.url);
    const used = new Set<string>();
    for (const f of readdirSync(srcDir)) for (const m of readFileSync(new URL(f, srcDir), 'utf8').matchAll(/'(scheme_[a-z0-9_]+)'/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(50);
    for (const lang of ['en', 'ru']) {
      const catalog = JSON.parse(readFileSync(new URL(`../../../src/locales/${lang}/schemes.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      expect([...used].filter((id) => !(id in catalog)), lang).toEqual([]);
    }
  });
});

describe('semantic problems, apart from syntax errors', () => {
  it.each<[string, string, string[]]>([
    ['Basic without realm', 'Basic charset="UTF-8"', ['scheme_problem_basic_no_realm']],
    ['Basic with another charset', 'Basic realm="r", charset="ISO-8859-1"', ['scheme_problem_charset']],
    ['Basic with a token68', 'Basic abc', ['scheme_problem_token68', 'scheme_problem_basic_no_realm']],
    ['Digest without nonce', 'Digest realm="r", qop="auth"', ['scheme_problem_digest_no_nonce']],
    ['Digest without realm or qop', 'Digest nonce="n"', ['scheme_problem_digest_no_realm', 'scheme_problem_digest_no_qop']],
    ['Digest unknown algorithm', 'Digest realm="r", nonce="n", qop="auth", algorithm=SHA-1', ['scheme_problem_digest_unknown_algorithm']],
    ['Digest stale neither true nor false', 'Digest realm="r", nonce="n", qop="auth", stale=yes', ['scheme_problem_not_boolean']],
    ['Digest unknown qop', 'Digest realm="r", nonce="n", qop="auth, auth-conf"', ['scheme_problem_digest_unknown_qop']],
    ['Bearer unregistered error', 'Bearer realm="r", error="token_expired"', ['scheme_problem_unknown_error_code']],
    ['Bearer step-up without hint', 'Bearer error="insufficient_user_authentication"', ['scheme_problem_step_up_without_hint']],
    ['Bearer max_age not a number', 'Bearer error="insufficient_user_authentication", max_age="soon"', ['scheme_problem_max_age']],
    ['Bearer error_description with non-ASCII', 'Bearer error="invalid_token", error_description="Токен истёк"', ['scheme_problem_error_description_chars']],
    ['Bearer relative error_uri', 'Bearer error="invalid_token", error_uri="/help"', ['scheme_problem_error_uri']],
    ['Bearer resource_metadata over http', 'Bearer resource_metadata="http://rs.example/meta"', ['scheme_problem_resource_metadata']],
    ['registry realm that is no URL', 'Bearer realm="registry", service="r.example"', ['scheme_problem_registry_realm']],
    ['DPoP accepting a MAC', 'DPoP algs="ES256 HS256"', ['scheme_problem_dpop_alg']],
    ['GNAP without as_uri', 'GNAP access="x"', ['scheme_problem_gnap_no_as_uri']],
    ['HOBA without challenge', 'HOBA max-age=10', ['scheme_problem_missing_param']],
    ['PrivateToken without token-key', 'PrivateToken challenge="abc"', ['scheme_problem_missing_param']],
    ['Negotiate with parameters', 'Negotiate realm="x"', ['scheme_problem_handshake_params']],
  ])('%s', (_name, field, expected) => {
    expect(ids(one(field).problems)).toEqual(expected);
  });

  it('reports nothing for an unknown scheme, and gives no meanings', () => {
    const x = one('Newauth realm="apps", type=1');
    expect(x).toEqual({
      scheme: null,
      params: [
        { name: 'realm', value: 'apps', meaning: null, valueNote: null },
        { name: 'type', value: '1', meaning: null, valueNote: null },
      ],
      problems: [],
    });
  });

  it('names the offending value in the problem', () => {
    expect(one('Digest realm="r", nonce="n", qop="auth", algorithm=SHA-1').problems[0]?.subs).toEqual(['SHA-1']);
    expect(one('Bearer error="token_expired"').problems[0]?.subs).toEqual(['token_expired']);
    expect(one('Digest realm="r", nonce="n", qop="auth", stale=yes').problems[0]?.subs).toEqual(['stale', 'yes']);
  });
});

describe('value notes', () => {
  it.each<[string, string, string, Message | null]>([
    ['Basic charset', 'Basic realm="r", charset="utf-8"', 'charset', { id: 'scheme_value_charset_utf8' }],
    ['Digest stale=true', 'Digest realm="r", nonce="n", qop="auth", stale=TRUE', 'stale', { id: 'scheme_value_digest_stale_true' }],
    ['Digest stale=false', 'Digest realm="r", nonce="n", qop="auth", stale=false', 'stale', { id: 'scheme_value_digest_stale_false' }],
    ['Digest MD5', 'Digest realm="r", nonce="n", qop="auth", algorithm=MD5-sess', 'algorithm', { id: 'scheme_value_digest_alg_md5', subs: ['MD5-sess'] }],
    ['Digest SHA-256', 'Digest realm="r", nonce="n", qop="auth", algorithm=sha-256', 'algorithm', { id: 'scheme_value_digest_alg_sha256', subs: ['sha-256'] }],
    ['Digest qop both', 'Digest realm="r", nonce="n", qop="auth,auth-int"', 'qop', { id: 'scheme_value_digest_qop_both' }],
    ['Digest userhash', 'Digest realm="r", nonce="n", qop="auth", userhash=true', 'userhash', { id: 'scheme_value_digest_userhash_true' }],
    ['Bearer invalid_token', 'Bearer error="invalid_token"', 'error', { id: 'scheme_value_error_invalid_token' }],
    ['Bearer insufficient_scope', 'Bearer error="insufficient_scope", scope="admin"', 'error', { id: 'scheme_value_error_insufficient_scope' }],
    ['Bearer invalid_request', 'Bearer error="invalid_request"', 'error', { id: 'scheme_value_error_invalid_request' }],
    ['RFC 9470 max_age', 'Bearer error="insufficient_user_authentication", max_age="5"', 'max_age', { id: 'scheme_value_max_age', subs: ['5'] }],
    ['RFC 9470 acr_values', 'Bearer error="insufficient_user_authentication", acr_values="urn:mace:incommon:iap:silver  phr"', 'acr_values', { id: 'scheme_value_acr_values', subs: ['urn:mace:incommon:iap:silver, phr'] }],
    ['RFC 9728 resource_metadata', 'Bearer resource_metadata="https://rs.example/.well-known/oauth-protected-resource"', 'resource_metadata', { id: 'scheme_value_resource_metadata' }],
    ['registry scope', 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull,push"', 'scope', { id: 'scheme_value_registry_scope', subs: ['repository', 'library/ubuntu', 'pull,push'] }],
    ['registry scope with a port in the name', 'Bearer realm="https://r.example/token",service="r",scope="repository:r.example:5000/app:pull"', 'scope', { id: 'scheme_value_registry_scope', subs: ['repository', 'r.example:5000/app', 'pull'] }],
    ['Azure tenant', 'Bearer authorization_uri="https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize", resource="https://graph.microsoft.com"', 'authorization_uri', { id: 'scheme_value_azure_tenant', subs: ['contoso.onmicrosoft.com'] }],
    ['DPoP algs', 'DPoP algs="ES256 PS256"', 'algs', { id: 'scheme_value_dpop_algs', subs: ['ES256, PS256'] }],
    ['DPoP use_dpop_nonce', 'DPoP error="use_dpop_nonce"', 'error', { id: 'scheme_value_error_use_dpop_nonce' }],
    ['Mutual reason', 'Mutual version=1, reason=auth-failed', 'reason', { id: 'scheme_value_mutual_reason_failed' }],
    ['free-form realm has no note', 'Basic realm="Staff"', 'realm', null],
  ])('%s', (_name, field, param, note) => {
    expect(noteOf(field, param)).toEqual(note);
  });

  it('reads realm and scope as the token service and its request in the registry pattern', () => {
    const field = 'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/i:pull"';
    expect(meaningOf(field, 'realm')).toBe('scheme_param_registry_realm');
    expect(meaningOf(field, 'scope')).toBe('scheme_param_registry_scope');
    expect(meaningOf(field, 'service')).toBe('scheme_param_registry_service');
    expect(meaningOf('Bearer realm="example", scope="openid"', 'realm')).toBe('scheme_param_realm');
    expect(meaningOf('Bearer realm="example", scope="openid"', 'scope')).toBe('scheme_param_token_scope');
  });

  it('keeps the parameters in the order the server sent them', () => {
    expect(one('Digest nonce="n", realm="r", qop="auth"').params.map((p) => p.name)).toEqual(['nonce', 'realm', 'qop']);
  });
});
