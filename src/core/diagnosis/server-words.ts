// How server libraries and identity providers word why they refused a token. RFC 6750 §3.1 gives
// one error code (invalid_token) for an expired, revoked, forged or misaddressed token alike, so
// only the free text (error_description, the JSON body, the error page) tells them apart — and
// every library words it its own way. Each row cites where its wording comes from; the strings
// were checked against public source (code search of the libraries and of projects quoting them).
// Order matters: the first matching row wins, so umbrella wordings come first and longer phrases
// before the shorter ones they contain ("Jwt expired at" before "jwt expired", IDX10223's "The
// token is expired" before golang-jwt's "token is expired").

/**
 * What a wording says went wrong. The time-bound ones feed clock-skew (a token "not yet valid" or
 * "issued in the future" is most often this computer's clock, or the server's); the configuration
 * ones feed token-misconfigured (signing in again cannot fix them).
 */
export type TokenProblem =
  | 'expired'
  | 'not-yet-valid'
  | 'issued-in-future'
  | 'revoked'
  | 'bad-signature'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'unknown-key'
  | 'alg-not-allowed'
  | 'malformed'
  | 'invalid';

/** Problems that a user's fresh sign-in cannot fix: the server's or the token issuer's configuration. */
export const CONFIG_PROBLEMS: ReadonlySet<TokenProblem> = new Set(['wrong-audience', 'wrong-issuer', 'unknown-key', 'alg-not-allowed']);
/** Problems about time: a clock off on either side explains them. */
export const TIME_PROBLEMS: ReadonlySet<TokenProblem> = new Set(['expired', 'not-yet-valid', 'issued-in-future']);

export interface WordingRow {
  pattern: RegExp;
  problem: TokenProblem;
  /** Who words it this way; shown to the user as the match's source ("as jsonwebtoken says it"). */
  source: string;
}

export const SERVER_WORDS: readonly WordingRow[] = [
  // RFC 6750 §3.1's own description of invalid_token, which many servers echo verbatim (authlib's
  // InvalidTokenError, Spring's BearerTokenErrors): it names every reason at once, so it proves none.
  { pattern: /expired, revoked, malformed, or invalid/i, problem: 'invalid', source: 'RFC 6750' },
  // Java: Spring Security JwtTimestampValidator ("Jwt expired at …", wrapped as "An error occurred
  // while attempting to decode the Jwt: …"); jjwt ExpiredJwtException ("JWT expired at …").
  { pattern: /\bjwt expired at\b/i, problem: 'expired', source: 'Spring Security / jjwt' },
  { pattern: /\bthe aud claim is not valid\b/i, problem: 'wrong-audience', source: 'Spring Security' },
  { pattern: /jwt signature does not match locally computed signature/i, problem: 'bad-signature', source: 'jjwt' },
  // Node: auth0/node-jsonwebtoken lib/TokenExpiredError.js, lib/verify.js.
  { pattern: /\bjwt expired\b/i, problem: 'expired', source: 'jsonwebtoken' },
  { pattern: /\bjwt audience invalid\b/i, problem: 'wrong-audience', source: 'jsonwebtoken' },
  { pattern: /\bjwt (malformed|signature is required)\b/i, problem: 'invalid', source: 'jsonwebtoken' },
  // Node: panva/jose src/lib/jwt_claims_set.ts (JWTExpired, JWTClaimValidationFailed) and
  // src/jws/flattened/verify.ts (JWSSignatureVerificationFailed); Auth0's express-oauth2-jwt-bearer uses jose.
  { pattern: /"exp" claim timestamp check failed/i, problem: 'expired', source: 'jose' },
  { pattern: /unexpected "aud" claim value/i, problem: 'wrong-audience', source: 'jose' },
  // Python: jpadilla/pyjwt jwt/api_jwt.py (ExpiredSignatureError, InvalidAudienceError) and jwt/api_jws.py.
  { pattern: /\bsignature has expired\b/i, problem: 'expired', source: 'PyJWT' },
  { pattern: /(^|: )invalid audience\b|\baudience doesn't match\b/i, problem: 'wrong-audience', source: 'PyJWT' },
  // Java: Nimbus JOSE+JWT DefaultJWTClaimsVerifier ("Expired JWT", "JWT audience rejected") and
  // DefaultJWTProcessor ("Signed JWT rejected: Invalid signature").
  { pattern: /\bexpired jwt\b/i, problem: 'expired', source: 'Nimbus JOSE+JWT' },
  { pattern: /\bjwt audience rejected\b/i, problem: 'wrong-audience', source: 'Nimbus JOSE+JWT' },
  { pattern: /signed jwt rejected: invalid signature/i, problem: 'bad-signature', source: 'Nimbus JOSE+JWT' },
  // .NET: Microsoft.IdentityModel.Tokens LogMessages.cs (IDX10223 expired, IDX10214 audience,
  // IDX10503/IDX10511 signature) and ASP.NET Core JwtBearerHandler.CreateErrorDescription.
  { pattern: /\bIDX10223\b|\bthe token expired at\b/i, problem: 'expired', source: 'Microsoft.IdentityModel' },
  { pattern: /\bIDX10214\b|\bthe audience '[^']*' is invalid\b/i, problem: 'wrong-audience', source: 'Microsoft.IdentityModel' },
  { pattern: /\bIDX10(503|504|511|517)\b|\bthe signature is invalid\b/i, problem: 'bad-signature', source: 'Microsoft.IdentityModel' },
  // Go: golang-jwt/jwt v5 errors.go (ErrTokenExpired, ErrTokenSignatureInvalid, ErrTokenInvalidAudience).
  { pattern: /\btoken is expired\b/i, problem: 'expired', source: 'golang-jwt' },
  { pattern: /\btoken signature is invalid\b/i, problem: 'bad-signature', source: 'golang-jwt' },
  { pattern: /\btoken has invalid audience\b/i, problem: 'wrong-audience', source: 'golang-jwt' },
  // Keycloak: TokenVerifier's IsActive check ("Token is not active": expired or not yet valid).
  { pattern: /\btoken is not active\b/i, problem: 'expired', source: 'Keycloak' },
  { pattern: /\btoken verification failed\b/i, problem: 'invalid', source: 'Keycloak' },
  // Auth0 APIs (Management API 401 bodies).
  { pattern: /expired token received for json web token validation/i, problem: 'expired', source: 'Auth0' },
  { pattern: /\bbad audience\b/i, problem: 'wrong-audience', source: 'Auth0' },
  // Okta: @okta/jwt-verifier via njwt ("Jwt is expired").
  { pattern: /\bjwt is expired\b/i, problem: 'expired', source: 'Okta (njwt)' },
  // Microsoft Entra ID (Azure AD) AADSTS codes (learn.microsoft.com "AADSTS error codes") and
  // Azure Resource Manager error codes.
  { pattern: /\bAADSTS(50173|50132|50133|50097)\b/i, problem: 'revoked', source: 'Microsoft Entra ID' },
  { pattern: /\bAADSTS(700082|70008|700024|50055)\b|\bExpiredAuthenticationToken\b/i, problem: 'expired', source: 'Microsoft Entra ID' },
  { pattern: /\bAADSTS50013\b/i, problem: 'bad-signature', source: 'Microsoft Entra ID' },
  { pattern: /\bInvalidAuthenticationTokenAudience\b|\bAADSTS500011\b/i, problem: 'wrong-audience', source: 'Microsoft Entra ID' },
  // Google OAuth token endpoint (invalid_grant) and Google APIs' 401 body.
  { pattern: /token has been expired or revoked/i, problem: 'expired', source: 'Google' },
  { pattern: /request had invalid authentication credentials/i, problem: 'invalid', source: 'Google' },
  // AWS Cognito NotAuthorizedException messages.
  { pattern: /access token has expired/i, problem: 'expired', source: 'AWS Cognito' },
  { pattern: /access token has been revoked/i, problem: 'revoked', source: 'AWS Cognito' },
  { pattern: /\binvalid access token\b/i, problem: 'invalid', source: 'AWS Cognito' },
  // GitHub REST API 401 body for any token it does not accept.
  { pattern: /\bbad credentials\b/i, problem: 'invalid', source: 'GitHub' },
];

/** Wordings no particular library owns; tried only when no row above matched. */
export const GENERIC_WORDS: readonly WordingRow[] = [
  { pattern: /\b(session|token|sign-?in|log-?in|jwt|credentials?)\b[^.;]{0,40}\b(expired|has timed out|timed out|is no longer valid)\b/i, problem: 'expired', source: 'generic' },
  { pattern: /\b(expired|timed out)\b[^.;]{0,30}\b(session|token|sign-?in|log-?in|jwt)\b/i, problem: 'expired', source: 'generic' },
  { pattern: /сесси[яиюей]\s+(истекл|устарел)|срок действия[^.]{0,40}истёк|срок действия[^.]{0,40}истек/i, problem: 'expired', source: 'generic' },
  { pattern: /\brevoked\b/i, problem: 'revoked', source: 'generic' },
  { pattern: /\bsignature\b[^.;]{0,30}\b(invalid|mismatch|failed|does not match)\b|\b(invalid|bad) signature\b/i, problem: 'bad-signature', source: 'generic' },
  { pattern: /\baudience\b[^.;]{0,30}\b(invalid|mismatch|rejected|not allowed)\b/i, problem: 'wrong-audience', source: 'generic' },
  { pattern: /\b(invalid|malformed|unknown|unrecognised|unrecognized) (access )?token\b|\btoken (is )?(invalid|malformed|not recognised|not recognized)\b/i, problem: 'invalid', source: 'generic' },
];

export interface WordingMatch {
  problem: TokenProblem;
  source: string;
}

/** Bounded: server text can be long, and what matters is near the start. */
const MAX_TEXT = 4000;

/** Classifies a server's free text about a refused token; null when it says nothing we know. */
export function classifyTokenText(text: string | null | undefined): WordingMatch | null {
  if (!text) return null;
  const t = text.slice(0, MAX_TEXT);
  for (const table of [SERVER_WORDS, GENERIC_WORDS]) {
    for (const row of table) if (row.pattern.test(t)) return { problem: row.problem, source: row.source };
  }
  return null;
}
