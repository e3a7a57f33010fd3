// Bearer (RFC 6750) and what vendors add to it: the step-up of RFC 9470, the metadata pointer of
// RFC 9728, the token-service pattern of container registries (Docker Registry v2 token auth) and
// Microsoft Entra ID's pointers to its sign-in endpoint.
import type { Challenge } from '../challenge/types.ts';
import type { Message } from '../diagnosis/types.ts';
import type { SchemeKnowledge } from './types.ts';
import { REALM, isHttpsUrl, msg, splitSpaces, token68Problems } from './common.ts';
import { TOKEN_PARAMS, tokenProblems, tokenValueNote } from './oauth-errors.ts';

/** The registry pattern: realm is the token service, service and scope say what to ask it for. */
export function isRegistryChallenge(c: Challenge): boolean {
  return c.params['service'] !== undefined && c.params['realm'] !== undefined && /^https?:\/\//i.test(c.params['realm']);
}

// "repository:library/ubuntu:pull,push" (and "registry:catalog:*"): type, name, actions, where
// the name may itself hold a port-like colon ("repository:host:5000/img:pull") — actions are last.
function registryScopeNote(value: string): Message | null {
  const scopes = splitSpaces(value);
  if (scopes.length !== 1) return null;
  const s = scopes[0]!;
  const first = s.indexOf(':');
  const last = s.lastIndexOf(':');
  if (first <= 0 || last <= first || last === s.length - 1) return null;
  return msg('scheme_value_registry_scope', s.slice(0, first), s.slice(first + 1, last), s.slice(last + 1));
}

// https://login.microsoftonline.com/<tenant>/oauth2/authorize → <tenant>
function azureTenantNote(value: string): Message | null {
  const m = /^https:\/\/login\.(?:microsoftonline\.com|windows\.net|microsoftonline\.us|chinacloudapi\.cn)\/([^/?#]+)/i.exec(value);
  return m ? msg('scheme_value_azure_tenant', m[1]!) : null;
}

export const BEARER_PARAMS: Readonly<Record<string, string>> = {
  realm: REALM,
  ...TOKEN_PARAMS,
  service: 'scheme_param_registry_service',
  authorization_uri: 'scheme_param_azure_authorization_uri',
  // Azure Key Vault spells it without "_uri".
  authorization: 'scheme_param_azure_authorization_uri',
  resource: 'scheme_param_azure_resource',
  client_id: 'scheme_param_azure_client_id',
  trusted_issuers: 'scheme_param_azure_trusted_issuers',
};

export const bearer: SchemeKnowledge = {
  info: {
    id: 'bearer',
    name: 'Bearer',
    reference: 'RFC 6750',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc6750',
    registered: true,
    summary: 'scheme_bearer_summary',
  },
  params: BEARER_PARAMS,
  meaningOf(name, c) {
    if (!isRegistryChallenge(c)) return null;
    if (name === 'realm') return 'scheme_param_registry_realm';
    if (name === 'scope') return 'scheme_param_registry_scope';
    return null;
  },
  explainValue(name, value, c) {
    if (name === 'scope' && isRegistryChallenge(c)) return registryScopeNote(value);
    if (name === 'authorization_uri' || name === 'authorization') return azureTenantNote(value);
    return tokenValueNote(name, value);
  },
  problems(c) {
    const out = token68Problems(c, 'Bearer').concat(tokenProblems(c));
    const realm = c.params['realm'];
    if (c.params['service'] !== undefined && (realm === undefined || !/^https?:\/\//i.test(realm))) {
      out.push(msg('scheme_problem_registry_realm'));
    }
    const az = c.params['authorization_uri'];
    if (az !== undefined && !isHttpsUrl(az)) out.push(msg('scheme_problem_not_https', 'authorization_uri', az));
    return out;
  },
};
