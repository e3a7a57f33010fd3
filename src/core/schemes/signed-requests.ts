// Schemes where every request is signed with a shared secret: OAuth 1.0 (RFC 5849), AWS
// Signature Version 4, Hawk, and the HTTP Signatures draft that predates RFC 9421.
import type { SchemeKnowledge } from './types.ts';
import { REALM } from './common.ts';

export const oauth1: SchemeKnowledge = {
  info: {
    id: 'oauth',
    name: 'OAuth',
    reference: 'RFC 5849',
    referenceUrl: 'https://www.rfc-editor.org/rfc/rfc5849',
    registered: true,
    summary: 'scheme_oauth_summary',
  },
  params: { realm: REALM },
};

export const aws4: SchemeKnowledge = {
  info: {
    id: 'aws4-hmac-sha256',
    name: 'AWS4-HMAC-SHA256',
    reference: 'AWS Signature Version 4',
    referenceUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html',
    registered: false,
    summary: 'scheme_aws4_summary',
  },
  params: {
    credential: 'scheme_param_aws4_credential',
    signedheaders: 'scheme_param_aws4_signedheaders',
    signature: 'scheme_param_aws4_signature',
  },
};

export const hawk: SchemeKnowledge = {
  info: {
    id: 'hawk',
    name: 'Hawk',
    reference: 'Hawk',
    referenceUrl: 'https://github.com/mozilla/hawk',
    registered: false,
    summary: 'scheme_hawk_summary',
  },
  params: { ts: 'scheme_param_hawk_ts', tsm: 'scheme_param_hawk_tsm', error: 'scheme_param_hawk_error' },
};

export const signature: SchemeKnowledge = {
  info: {
    id: 'signature',
    name: 'Signature',
    reference: 'draft-cavage-http-signatures',
    referenceUrl: 'https://datatracker.ietf.org/doc/draft-cavage-http-signatures/',
    registered: false,
    summary: 'scheme_signature_summary',
  },
  params: { realm: REALM, headers: 'scheme_param_signature_headers', algorithm: 'scheme_param_signature_algorithm' },
};
