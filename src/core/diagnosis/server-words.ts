// How server libraries and identity providers word why they refused a token. RFC 6750 §3.1 gives
// one error code (invalid_token) for an expired, revoked, forged or misaddressed token alike, so
// only the free text (error_description, the JSON body, the error page) tells them apart — and
// every library words it its own way.
//
// Every row is proven, never written from memory (an Auth0 API said `'exp' claim timestamp check
// failed` with single quotes while this table, from memory, had double quotes):
//   [wire: <test>]  the real library, run by tests/wording/<test>.test.ts, produced it on the wire;
//   [src: …]        the library's source file and line hold the exact string (repository@commit).
// Order matters: the first matching row wins, so umbrella wordings come first and longer phrases
// before the shorter ones they contain ("Jwt expired at" before "jwt expired").
//
// Quotes are folded before matching: a library's `"exp"` reaches the wire as `'exp'` inside a
// quoted-string (express-oauth2-jwt-bearer replaces them), as `\"exp\"` in a JSON body, as
// `&quot;exp&quot;` in raw HTML. Every quote-like sequence becomes `"`, and the patterns are
// written with `"` for any quote or apostrophe.

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

const row = (pattern: RegExp, problem: TokenProblem, source: string): WordingRow => ({ pattern, problem, source });

export const SERVER_WORDS: readonly WordingRow[] = [
  // RFC 6750 §3.1's own description of invalid_token, which servers echo verbatim: it names every
  // reason at once, so it proves none. [src: RFC 6750 §3.1; spring-security OAuth2ErrorCodes.java:70]
  row(/expired, revoked, malformed, or invalid/i, 'invalid', 'RFC 6750'),

  // ── panva/jose (Node), and Auth0's express-oauth2-jwt-bearer, which uses it and passes its
  // messages on. [wire: jose, express-oauth2-jwt-bearer; src: jose@6.2.17 dist/webapi/lib/jwt_claims_set.js:84-95,
  // lib/jws_verify.js:52,79, util/errors.js:66,89; jose@4.15.9 dist/node/cjs/jwks/local.js:17]
  row(/"exp" claim timestamp check failed/i, 'expired', 'jose'),
  // maxTokenAge exceeded is a JWTExpired in jose (jwt_claims_set.js:93).
  row(/"iat" claim timestamp check failed \(too far in the past\)/i, 'expired', 'jose'),
  row(/"iat" claim timestamp check failed \(it should be in the past\)/i, 'issued-in-future', 'jose'),
  row(/"nbf" claim timestamp check failed/i, 'not-yet-valid', 'jose'),
  row(/unexpected "aud" claim value/i, 'wrong-audience', 'jose'),
  row(/unexpected "iss" claim value/i, 'wrong-issuer', 'jose'),
  row(/no applicable key found in the json web key set/i, 'unknown-key', 'jose'),
  row(/"alg" \(algorithm\) header parameter value not allowed|unsupported "alg" value for a json web key set/i, 'alg-not-allowed', 'jose'),
  row(/\binvalid compact jws\b/i, 'malformed', 'jose'),
  // express-oauth2-jwt-bearer's own claim checks. [wire: express-oauth2-jwt-bearer; src:
  // express-oauth2-jwt-bearer@1.10.0 dist/index.js:244 (`Unexpected '${key}' value`, alg's check at :247), :421,426]
  row(/\bunexpected "aud" value\b/i, 'wrong-audience', 'express-oauth2-jwt-bearer'),
  row(/\bunexpected "iss" value\b/i, 'wrong-issuer', 'express-oauth2-jwt-bearer'),
  row(/\bunexpected "alg" value\b|\bunsupported algorithm "[^"]{0,20}" for (?:secret|jwks)-based verification\b/i, 'alg-not-allowed', 'express-oauth2-jwt-bearer'),

  // ── Java: Spring Security. [src: spring-projects/spring-security@d449950 oauth2/oauth2-jose/src/main/java/
  // org/springframework/security/oauth2/jwt/JwtTimestampValidator.java:105 "Jwt expired at %s", :114
  // "Jwt used before %s"; JwtClaimValidator.java:57 "The " + claim + " claim is not valid" (used by
  // JwtIssuerValidator and JwtAudienceValidator); NimbusJwtDecoder.java:96,156 "An error occurred while
  // attempting to decode the Jwt: %s" with "Malformed token"]
  row(/\bjwt expired at\b/i, 'expired', 'Spring Security'),
  row(/\bjwt used before\b/i, 'not-yet-valid', 'Spring Security'),
  row(/\bthe aud claim is not valid\b/i, 'wrong-audience', 'Spring Security'),
  row(/\bthe iss claim is not valid\b/i, 'wrong-issuer', 'Spring Security'),
  row(/decode the jwt: malformed token\b/i, 'malformed', 'Spring Security'),
  // ── Java: Nimbus JOSE+JWT, under Spring Security. [src: felx/nimbus-jose-jwt@47d66f2
  // src/main/java/com/nimbusds/jwt/proc/DefaultJWTProcessor.java:100,104; Mu-L/nimbus-jose-jwt@fa91260
  // src/main/java/com/nimbusds/jwt/proc/DefaultJWTClaimsVerifier.java:300,330,342,350]
  // "Another algorithm expected, or no matching key(s) found" names both; both are the server's set-up.
  row(/signed jwt rejected: another algorithm expected, or no matching key\(s\) found/i, 'unknown-key', 'Nimbus JOSE+JWT'),
  row(/signed jwt rejected: invalid signature/i, 'bad-signature', 'Nimbus JOSE+JWT'),
  row(/\bexpired jwt\b/i, 'expired', 'Nimbus JOSE+JWT'),
  row(/\bjwt before use time\b/i, 'not-yet-valid', 'Nimbus JOSE+JWT'),
  row(/\bjwt audience rejected\b/i, 'wrong-audience', 'Nimbus JOSE+JWT'),
  row(/\bjwt iss claim has value\b/i, 'wrong-issuer', 'Nimbus JOSE+JWT'),
  // ── Java: jjwt. [src: jwtk/jjwt@401ba26 impl/src/main/java/io/jsonwebtoken/impl/DefaultJwtParser.java:686
  // "JWT expired " + ms + " milliseconds ago at ", :706 "JWT early by ", :339 "JWT signature does not match
  // locally computed signature", :107 "Expected %s claim to be: %s, but was: %s.", :110 "Missing expected
  // '%s' value in '%s' claim %s."]
  row(/\bjwt expired -?\d{1,15} milliseconds ago at\b/i, 'expired', 'jjwt'),
  row(/\bjwt early by -?\d{1,15} milliseconds before\b/i, 'not-yet-valid', 'jjwt'),
  row(/jwt signature does not match locally computed signature/i, 'bad-signature', 'jjwt'),
  row(/\bexpected aud claim to be: |\bvalue in "aud" claim\b/i, 'wrong-audience', 'jjwt'),
  row(/\bexpected iss claim to be: /i, 'wrong-issuer', 'jjwt'),
  // ── Java: Keycloak. [src: keycloak/keycloak@03f8a2f core/src/main/java/org/keycloak/TokenVerifier.java:
  // IS_ACTIVE "Token is not active" (expired, or before nbf; expiry is the common one), RealmUrlCheck
  // "Invalid token issuer. Expected '…', but was '…'", AudienceCheck "Expected audience not available in the token"]
  row(/\btoken is not active\b/i, 'expired', 'Keycloak'),
  row(/\binvalid token issuer\. expected\b/i, 'wrong-issuer', 'Keycloak'),
  row(/\bexpected audience not available in the token\b/i, 'wrong-audience', 'Keycloak'),

  // ── Node: auth0/node-jsonwebtoken, behind express-jwt and passport-http-bearer. [wire: express-jwt,
  // passport-http-bearer; src: jsonwebtoken@9.0.3 verify.js:70,109,113,145,171,181,190,205,215,247]
  row(/\bjwt expired\b/i, 'expired', 'jsonwebtoken'),
  // maxAge (the server's own limit on a token's age from iat) is a TokenExpiredError (verify.js:247).
  row(/\bmaxAge exceeded\b/i, 'expired', 'jsonwebtoken'),
  row(/\bjwt not active\b/i, 'not-yet-valid', 'jsonwebtoken'),
  row(/\bjwt audience invalid\b/i, 'wrong-audience', 'jsonwebtoken'),
  row(/\bjwt issuer invalid\b/i, 'wrong-issuer', 'jsonwebtoken'),
  // The server had no key for this token: with a JWKS look-up by kid, the kid is not in the set.
  row(/\bsecret or public key must be provided\b/i, 'unknown-key', 'jsonwebtoken'),
  row(/\binvalid algorithm\b/i, 'alg-not-allowed', 'jsonwebtoken'),
  row(/\bjwt malformed\b/i, 'malformed', 'jsonwebtoken'),
  row(/\bjwt signature is required\b/i, 'invalid', 'jsonwebtoken'),
  row(/(?:^|[:"]\s?)invalid signature\b/im, 'bad-signature', 'jsonwebtoken'),

  // ── Python: PyJWT. [wire: pyjwt (Debian python3-jwt 2.6.0); src: its /usr/lib/python3/dist-packages/jwt/
  // api_jwt.py:219,228,237,245,275, api_jws.py:255,260,273,278,294,303, jwks_client.py:88]
  row(/\bsignature has expired\b/i, 'expired', 'PyJWT'),
  row(/\bthe token is not yet valid \(iat\)/i, 'issued-in-future', 'PyJWT'),
  row(/\bthe token is not yet valid \(nbf\)/i, 'not-yet-valid', 'PyJWT'),
  row(/(?:^|[:"]\s?)invalid audience\b/im, 'wrong-audience', 'PyJWT'),
  row(/(?:^|[:"]\s?)invalid issuer\b/im, 'wrong-issuer', 'PyJWT'),
  row(/\bunable to find a signing key that matches\b/i, 'unknown-key', 'PyJWT'),
  row(/\bthe specified alg value is not allowed\b/i, 'alg-not-allowed', 'PyJWT'),
  row(/(?:^|[:"]\s?)(?:not enough segments|invalid (?:header|payload|crypto) padding)\b/im, 'malformed', 'PyJWT'),
  // jose's "signature verification failed" (util/errors.js:89), PyJWT's "Signature verification failed"
  // (api_jws.py:303), njwt's SIGNATURE_MISMTACH (properties.json:7): one wording, three libraries.
  row(/\bsignature verification failed\b/i, 'bad-signature', 'jose / PyJWT / njwt'),

  // ── .NET: Microsoft.IdentityModel. [src: AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet@c6b3b6a
  // src/Microsoft.IdentityModel.Tokens/LogMessages.cs:36 IDX10205, :43 IDX10214, :45 IDX10222, :46 IDX10223,
  // :94 IDX10501 (the older wording, kept there), :96 IDX10503, :97 IDX10504, :105 IDX10511, :111 IDX10517,
  // :213 IDX10696; src/Microsoft.IdentityModel.JsonWebTokens/LogMessages.cs:18 IDX14100]
  row(/\bIDX10223\b/, 'expired', 'Microsoft.IdentityModel'),
  row(/\bIDX10222\b/, 'not-yet-valid', 'Microsoft.IdentityModel'),
  row(/\bIDX10214\b/, 'wrong-audience', 'Microsoft.IdentityModel'),
  row(/\bIDX10205\b/, 'wrong-issuer', 'Microsoft.IdentityModel'),
  row(/\bIDX1050[13]\b/, 'unknown-key', 'Microsoft.IdentityModel'),
  row(/\bIDX10696\b/, 'alg-not-allowed', 'Microsoft.IdentityModel'),
  row(/\bIDX1051[17]\b/, 'bad-signature', 'Microsoft.IdentityModel'),
  row(/\bIDX10504\b/, 'invalid', 'Microsoft.IdentityModel'),
  row(/\bIDX14100\b/, 'malformed', 'Microsoft.IdentityModel'),
  // ASP.NET Core's JwtBearerHandler.CreateErrorDescription, the error_description of its challenge,
  // in both its wordings. [src: dotnet/aspnetcore@02d05b5 src/Security/Authentication/JwtBearer/src/
  // JwtBearerHandler.cs ("The token is expired", "The audience is invalid", …) and its later form
  // ($"The token expired at '{…}'", $"The audience '{…}' is invalid", $"The token is not valid before '{…}'")]
  row(/\bthe token expired at\b|\bthe token is expired\b/i, 'expired', 'ASP.NET Core'),
  row(/\bthe token is not valid (?:yet|before)\b/i, 'not-yet-valid', 'ASP.NET Core'),
  row(/\bthe audience (?:"[^"]{0,200}" )?is invalid\b/i, 'wrong-audience', 'ASP.NET Core'),
  row(/\bthe issuer (?:"[^"]{0,200}" )?is invalid\b/i, 'wrong-issuer', 'ASP.NET Core'),
  row(/\bthe signature key was not found\b/i, 'unknown-key', 'ASP.NET Core'),
  row(/\bthe signature is invalid\b/i, 'bad-signature', 'ASP.NET Core'),

  // ── Go: golang-jwt/jwt v5. [src: golang-jwt/jwt@1a11d37 errors.go:13,15,17-20,22; parser.go:75
  // "signing method %v is invalid", wrapped in ErrTokenSignatureInvalid, so it comes first]
  row(/\bsigning method \S{1,20} is invalid\b/i, 'alg-not-allowed', 'golang-jwt'),
  row(/\btoken is expired\b/i, 'expired', 'golang-jwt'),
  row(/\btoken is not valid yet\b/i, 'not-yet-valid', 'golang-jwt'),
  row(/\btoken used before issued\b/i, 'issued-in-future', 'golang-jwt'),
  row(/\btoken has invalid audience\b/i, 'wrong-audience', 'golang-jwt'),
  row(/\btoken has invalid issuer\b/i, 'wrong-issuer', 'golang-jwt'),
  row(/\btoken signature is invalid\b/i, 'bad-signature', 'golang-jwt'),
  row(/\btoken is malformed\b/i, 'malformed', 'golang-jwt'),

  // ── Node: njwt, under Okta's @okta/jwt-verifier. [src: jwtk/njwt@1829438 properties.json:3-8]
  row(/\bjwt is expired\b/i, 'expired', 'njwt (Okta)'),
  row(/\bjwt cannot be parsed\b/i, 'malformed', 'njwt (Okta)'),
  row(/\bunexpected signature algorithm\b/i, 'alg-not-allowed', 'njwt (Okta)'),

  // ── panva/oidc-provider's resource endpoints: one wording for an unknown, expired or revoked token
  // alike (lib/helpers/errors.js InvalidToken), so it proves only that the token was refused. [wire: oidc-provider]
  row(/\binvalid token provided\b/i, 'invalid', 'oidc-provider'),
];

/** Wordings no particular library owns; tried only when no row above matched. */
export const GENERIC_WORDS: readonly WordingRow[] = [
  row(/\b(session|token|sign-?in|log-?in|jwt|credentials?)\b[^.;]{0,40}\b(expired|has timed out|timed out|is no longer valid)\b/i, 'expired', 'generic'),
  row(/\b(expired|timed out)\b[^.;]{0,30}\b(session|token|sign-?in|log-?in|jwt)\b/i, 'expired', 'generic'),
  row(/сесси[яиюей]\s+(истекл|устарел)|срок действия[^.]{0,40}истёк|срок действия[^.]{0,40}истек/i, 'expired', 'generic'),
  row(/\brevoked\b/i, 'revoked', 'generic'),
  row(/\bsignature\b[^.;]{0,30}\b(invalid|mismatch|failed|does not match)\b|\b(invalid|bad) signature\b/i, 'bad-signature', 'generic'),
  row(/\baudience\b[^.;]{0,30}\b(invalid|mismatch|rejected|not allowed)\b/i, 'wrong-audience', 'generic'),
  row(/\b(invalid|malformed|unknown|unrecognised|unrecognized) (access )?token\b|\btoken (is )?(invalid|malformed|not recognised|not recognized)\b/i, 'invalid', 'generic'),
];

export interface WordingMatch {
  problem: TokenProblem;
  source: string;
}

/** Bounded: server text can be long, and what matters is near the start. */
const MAX_TEXT = 4000;

/**
 * Every way a quote reaches us: ASCII and typographic quotes and apostrophes, JSON's backslash
 * escape, and HTML's entities. One pass, linear in the (capped) text.
 */
const QUOTES = /\\?["'`\u2018\u2019\u201c\u201d]|&(?:quot|#0*34|#0*39|#x0*22|#x0*27|apos);/gi;

/** The text as the patterns read it: capped, every quote folded to `"`. */
export function foldQuotes(text: string): string {
  return text.slice(0, MAX_TEXT).replace(QUOTES, '"');
}

/** Classifies a server's free text about a refused token; null when it says nothing we know. */
export function classifyTokenText(text: string | null | undefined): WordingMatch | null {
  if (!text) return null;
  const t = foldQuotes(text);
  for (const table of [SERVER_WORDS, GENERIC_WORDS]) {
    for (const r of table) if (r.pattern.test(t)) return { problem: r.problem, source: r.source };
  }
  return null;
}
