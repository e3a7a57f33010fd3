// Error codes a resource server may put in a Bearer or DPoP challenge: the entries of the IANA
// "OAuth Extensions Error Registry" whose usage location is the resource access error response,
// plus the three of RFC 6750 §3.1 itself.
import type { Challenge } from '../challenge/types.ts';
import type { Message } from '../diagnosis/types.ts';
import { isAbsoluteUri, isNonNegativeInteger, isHttpsUrl, msg, splitSpaces } from './common.ts';

export const RESOURCE_ERROR_NOTES: Readonly<Record<string, string>> = {
  invalid_request: 'scheme_value_error_invalid_request', // RFC 6750 §3.1
  invalid_token: 'scheme_value_error_invalid_token', // RFC 6750 §3.1
  insufficient_scope: 'scheme_value_error_insufficient_scope', // RFC 6750 §3.1
  insufficient_user_authentication: 'scheme_value_error_insufficient_user_authentication', // RFC 9470 §3
  invalid_dpop_proof: 'scheme_value_error_invalid_dpop_proof', // RFC 9449 §12.2
  use_dpop_nonce: 'scheme_value_error_use_dpop_nonce', // RFC 9449 §12.2
};

/** Parameters RFC 6750 §3, RFC 9470 §3 and RFC 9728 §5.1 give every token challenge. */
export const TOKEN_PARAMS: Readonly<Record<string, string>> = {
  scope: 'scheme_param_token_scope',
  error: 'scheme_param_token_error',
  error_description: 'scheme_param_token_error_description',
  error_uri: 'scheme_param_token_error_uri',
  acr_values: 'scheme_param_token_acr_values',
  max_age: 'scheme_param_token_max_age',
  resource_metadata: 'scheme_param_token_resource_metadata',
};

export function tokenValueNote(name: string, value: string): Message | null {
  switch (name) {
    case 'error': {
      const id = RESOURCE_ERROR_NOTES[value];
      return id ? msg(id) : null;
    }
    case 'max_age':
      return isNonNegativeInteger(value) ? msg('scheme_value_max_age', value) : null;
    case 'acr_values': {
      const list = splitSpaces(value);
      return list.length > 0 ? msg('scheme_value_acr_values', list.join(', ')) : null;
    }
    case 'resource_metadata':
      return isHttpsUrl(value) ? msg('scheme_value_resource_metadata') : null;
    default:
      return null;
  }
}

// RFC 6750 §3: error_description and error (and scope) are limited to these printable ASCII
// characters: %x20-21 / %x23-5B / %x5D-7E.
const ERROR_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export function tokenProblems(c: Challenge): Message[] {
  const out: Message[] = [];
  const p = c.params;
  const error = p['error'];
  if (error !== undefined) {
    if (RESOURCE_ERROR_NOTES[error] === undefined) out.push(msg('scheme_problem_unknown_error_code', error));
    if (error === 'insufficient_user_authentication' && p['acr_values'] === undefined && p['max_age'] === undefined) {
      out.push(msg('scheme_problem_step_up_without_hint'));
    }
  }
  const description = p['error_description'];
  if (description !== undefined && !ERROR_TEXT.test(description)) out.push(msg('scheme_problem_error_description_chars'));
  const uri = p['error_uri'];
  if (uri !== undefined && !isAbsoluteUri(uri)) out.push(msg('scheme_problem_error_uri', uri));
  const maxAge = p['max_age'];
  if (maxAge !== undefined && !isNonNegativeInteger(maxAge)) out.push(msg('scheme_problem_max_age', maxAge));
  const metadata = p['resource_metadata'];
  // RFC 9728 §3: the metadata lives at an https URL derived from the resource identifier.
  if (metadata !== undefined && !isHttpsUrl(metadata)) out.push(msg('scheme_problem_resource_metadata', metadata));
  return out;
}
