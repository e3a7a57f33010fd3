// Each row of the wording table against the exact string its cited source holds (see the row's
// comment in server-words.ts); the wordings the libraries produce on the wire are held by
// tests/wording/, which runs them. Here: every row has a sample, quotes are folded, the scan is bounded.
import { describe, expect, it } from 'vitest';
import { mergeLocale } from '../../../build/locales.ts';
import { wordsEvidenceId } from '../../../src/core/diagnosis/evidence-ids.ts';
import { classifyTokenText, foldQuotes, GENERIC_WORDS, SERVER_WORDS, type TokenProblem } from '../../../src/core/diagnosis/server-words.ts';

// Exact strings from the sources cited beside each row (placeholders filled as the library fills them).
const SAMPLES: readonly [string, TokenProblem, string][] = [
  ['The access token provided is expired, revoked, malformed, or invalid for other reasons.', 'invalid', 'RFC 6750'],
  ['"exp" claim timestamp check failed', 'expired', 'jose'],
  ['"iat" claim timestamp check failed (too far in the past)', 'expired', 'jose'],
  ['"iat" claim timestamp check failed (it should be in the past)', 'issued-in-future', 'jose'],
  ['"nbf" claim timestamp check failed', 'not-yet-valid', 'jose'],
  ['unexpected "aud" claim value', 'wrong-audience', 'jose'],
  ['unexpected "iss" claim value', 'wrong-issuer', 'jose'],
  ['no applicable key found in the JSON Web Key Set', 'unknown-key', 'jose'],
  ['"alg" (Algorithm) Header Parameter value not allowed', 'alg-not-allowed', 'jose'],
  ['Invalid Compact JWS', 'malformed', 'jose'],
  ["Unexpected 'aud' value", 'wrong-audience', 'express-oauth2-jwt-bearer'],
  ["Unexpected 'iss' value", 'wrong-issuer', 'express-oauth2-jwt-bearer'],
  ["Unexpected 'alg' value", 'alg-not-allowed', 'express-oauth2-jwt-bearer'],
  ['Unsupported algorithm "HS256" for JWKS-based verification. Supported: RS256', 'alg-not-allowed', 'express-oauth2-jwt-bearer'],
  ['An error occurred while attempting to decode the Jwt: Jwt expired at 2026-01-01T00:00:00Z', 'expired', 'Spring Security'],
  ['Jwt used before 2026-01-01T00:00:00Z', 'not-yet-valid', 'Spring Security'],
  ['The aud claim is not valid', 'wrong-audience', 'Spring Security'],
  ['The iss claim is not valid', 'wrong-issuer', 'Spring Security'],
  ['An error occurred while attempting to decode the Jwt: Malformed token', 'malformed', 'Spring Security'],
  ['An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found', 'unknown-key', 'Nimbus JOSE+JWT'],
  ['Signed JWT rejected: Invalid signature', 'bad-signature', 'Nimbus JOSE+JWT'],
  ['Expired JWT', 'expired', 'Nimbus JOSE+JWT'],
  ['JWT before use time', 'not-yet-valid', 'Nimbus JOSE+JWT'],
  ['JWT audience rejected: [other]', 'wrong-audience', 'Nimbus JOSE+JWT'],
  ['JWT iss claim has value https://a, must be https://b', 'wrong-issuer', 'Nimbus JOSE+JWT'],
  ['JWT expired 3600000 milliseconds ago at 2026-01-01T00:00:00.000Z. Current time: 2026-01-01T01:00:00.000Z.', 'expired', 'jjwt'],
  ['JWT early by 3600000 milliseconds before 2026-01-01T01:00:00.000Z.', 'not-yet-valid', 'jjwt'],
  ['JWT signature does not match locally computed signature. JWT validity cannot be asserted and should not be trusted.', 'bad-signature', 'jjwt'],
  ['Expected aud claim to be: api, but was: other.', 'wrong-audience', 'jjwt'],
  ["Missing expected 'api' value in 'aud' claim [other].", 'wrong-audience', 'jjwt'],
  ['Expected iss claim to be: https://a, but was: https://b.', 'wrong-issuer', 'jjwt'],
  ['Token is not active', 'expired', 'Keycloak'],
  ["Invalid token issuer. Expected 'https://a/realms/x', but was 'https://b/realms/x'", 'wrong-issuer', 'Keycloak'],
  ['Expected audience not available in the token', 'wrong-audience', 'Keycloak'],
  ['jwt expired', 'expired', 'jsonwebtoken'],
  ['maxAge exceeded', 'expired', 'jsonwebtoken'],
  ['jwt not active', 'not-yet-valid', 'jsonwebtoken'],
  ['jwt audience invalid. expected: api://default', 'wrong-audience', 'jsonwebtoken'],
  ['jwt issuer invalid. expected: https://issuer/', 'wrong-issuer', 'jsonwebtoken'],
  ['secret or public key must be provided', 'unknown-key', 'jsonwebtoken'],
  ['invalid algorithm', 'alg-not-allowed', 'jsonwebtoken'],
  ['jwt malformed', 'malformed', 'jsonwebtoken'],
  ['jwt signature is required', 'invalid', 'jsonwebtoken'],
  ['invalid signature', 'bad-signature', 'jsonwebtoken'],
  ['Signature has expired', 'expired', 'PyJWT'],
  ['The token is not yet valid (iat)', 'issued-in-future', 'PyJWT'],
  ['The token is not yet valid (nbf)', 'not-yet-valid', 'PyJWT'],
  ['Invalid audience', 'wrong-audience', 'PyJWT'],
  ['Invalid issuer', 'wrong-issuer', 'PyJWT'],
  ['Unable to find a signing key that matches: "rotated"', 'unknown-key', 'PyJWT'],
  ['The specified alg value is not allowed', 'alg-not-allowed', 'PyJWT'],
  ['Not enough segments', 'malformed', 'PyJWT'],
  ['signature verification failed', 'bad-signature', 'jose / PyJWT / njwt'],
  ["IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '1/1/2026 0:00:00 AM', Current time (UTC): '1/1/2026 1:00:00 AM'.", 'expired', 'Microsoft.IdentityModel'],
  ["IDX10222: Lifetime validation failed. The token is not yet valid. ValidFrom (UTC): 'x', Current time (UTC): 'y'.", 'not-yet-valid', 'Microsoft.IdentityModel'],
  ["IDX10214: Audience validation failed. Audiences: 'a'. Did not match: validationParameters.ValidAudience: 'b' or validationParameters.ValidAudiences: 'null'.", 'wrong-audience', 'Microsoft.IdentityModel'],
  ["IDX10205: Issuer validation failed. Issuer: 'a'. Did not match: validationParameters.ValidIssuer: 'b'", 'wrong-issuer', 'Microsoft.IdentityModel'],
  ["IDX10503: Signature validation failed. The token's kid is: 'k', but did not match any keys in TokenValidationParameters or Configuration.", 'unknown-key', 'Microsoft.IdentityModel'],
  ["IDX10501: Signature validation failed. Unable to match key: \nkid: 'k'.", 'unknown-key', 'Microsoft.IdentityModel'],
  ["IDX10696: The algorithm 'HS256' is not in the user-defined accepted list of algorithms.", 'alg-not-allowed', 'Microsoft.IdentityModel'],
  ["IDX10511: Signature validation failed. Keys tried: 'k'.", 'bad-signature', 'Microsoft.IdentityModel'],
  ["IDX10504: Unable to validate signature, token does not have a signature: 'x'.", 'invalid', 'Microsoft.IdentityModel'],
  ['IDX14100: JWT is not well formed, there are no dots (.).', 'malformed', 'Microsoft.IdentityModel'],
  ["The token expired at '05/11/2026 19:45:32'", 'expired', 'ASP.NET Core'],
  ['The token is expired', 'expired', 'ASP.NET Core'],
  ["The token is not valid before '05/11/2026 19:45:32'", 'not-yet-valid', 'ASP.NET Core'],
  ["The audience 'api://x' is invalid", 'wrong-audience', 'ASP.NET Core'],
  ['The audience is invalid', 'wrong-audience', 'ASP.NET Core'],
  ["The issuer 'https://x' is invalid", 'wrong-issuer', 'ASP.NET Core'],
  ['The signature key was not found', 'unknown-key', 'ASP.NET Core'],
  ['The signature is invalid', 'bad-signature', 'ASP.NET Core'],
  ['token signature is invalid: signing method HS256 is invalid', 'alg-not-allowed', 'golang-jwt'],
  ['token has invalid claims: token is expired', 'expired', 'golang-jwt'],
  ['token has invalid claims: token is not valid yet', 'not-yet-valid', 'golang-jwt'],
  ['token has invalid claims: token used before issued', 'issued-in-future', 'golang-jwt'],
  ['token has invalid claims: token has invalid audience', 'wrong-audience', 'golang-jwt'],
  ['token has invalid claims: token has invalid issuer', 'wrong-issuer', 'golang-jwt'],
  ['token signature is invalid: crypto/rsa: verification error', 'bad-signature', 'golang-jwt'],
  ['token is malformed: token contains an invalid number of segments', 'malformed', 'golang-jwt'],
  ['Jwt is expired', 'expired', 'njwt (Okta)'],
  ['Jwt cannot be parsed', 'malformed', 'njwt (Okta)'],
  ['Unexpected signature algorithm', 'alg-not-allowed', 'njwt (Okta)'],
  ['invalid token provided', 'invalid', 'oidc-provider'],
  ['Your session has expired, please sign in again', 'expired', 'generic'],
  ['Сессия истекла, войдите снова', 'expired', 'generic'],
  ['This token was revoked by the administrator', 'revoked', 'generic'],
  ['The access token is not recognised', 'invalid', 'generic'],
];

describe('server words', () => {
  it.each(SAMPLES)('%s → %s (%s)', (text, problem, source) => {
    expect(classifyTokenText(text)).toEqual({ problem, source });
  });

  it('has a sample for every row of the table', () => {
    for (const row of [...SERVER_WORDS, ...GENERIC_WORDS.slice(0, 1)]) {
      expect(SAMPLES.some(([text]) => row.pattern.test(foldQuotes(text))), String(row.pattern)).toBe(true);
    }
  });

  it('reads a wording the same whatever quotes reached us', () => {
    const forms = [
      `"exp" claim timestamp check failed`, // jose's own message
      `'exp' claim timestamp check failed`, // express-oauth2-jwt-bearer's WWW-Authenticate
      `{"message":"\\"exp\\" claim timestamp check failed"}`, // JSON.stringify of it
      `&quot;exp&quot; claim timestamp check failed`, // raw HTML
      `&#39;exp&#39; claim timestamp check failed`,
      `\u201cexp\u201d claim timestamp check failed`, // typographic, as a help page would print it
    ];
    for (const f of forms) expect(classifyTokenText(f), f).toEqual({ problem: 'expired', source: 'jose' });
  });

  it('reads only the first 4000 characters, in time linear in them', () => {
    const late = `${'x'.repeat(4000)} jwt expired`;
    expect(classifyTokenText(late)).toBeNull();
    // Quote-heavy, near-miss text of the longest allowed size: no row may backtrack on it.
    const hostile = `${'"'.repeat(1000)}${'the audience "'.repeat(200)}`.slice(0, 4000);
    const start = performance.now();
    for (let i = 0; i < 50; i++) classifyTokenText(hostile);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('has an English and a Russian evidence text for every problem a row can name', () => {
    const problems = new Set([...SERVER_WORDS, ...GENERIC_WORDS].map((r) => r.problem));
    for (const lang of ['en', 'ru']) {
      const catalog = mergeLocale(lang);
      for (const p of problems) expect(catalog[wordsEvidenceId(p)]?.message, `${lang} ${wordsEvidenceId(p)}`).toMatch(/\$1/);
    }
  });

  it('says nothing about text that names no token problem', () => {
    expect(classifyTokenText('Please sign in to continue')).toBeNull();
    expect(classifyTokenText('')).toBeNull();
    expect(classifyTokenText(null)).toBeNull();
  });
});
