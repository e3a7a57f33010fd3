// Each row of the wording table against a real-world string of the library or provider it names,
// so session-expired and credentials-rejected are told apart outside the lab.
import { describe, expect, it } from 'vitest';
import { classifyTokenText, GENERIC_WORDS, SERVER_WORDS, type TokenProblem } from '../../../src/core/diagnosis/server-words.ts';

const SAMPLES: readonly [string, TokenProblem, string][] = [
  ['The access token provided is expired, revoked, malformed, or invalid for other reasons.', 'invalid', 'RFC 6750'],
  ['An error occurred while attempting to decode the Jwt: Jwt expired at 2020-12-14T17:23:30Z', 'expired', 'Spring Security / jjwt'],
  ['JWT expired at 2021-09-10T21:36:54Z. Current time: 2021-09-11T07:57:49Z', 'expired', 'Spring Security / jjwt'],
  ['The aud claim is not valid', 'wrong-audience', 'Spring Security'],
  ['JWT signature does not match locally computed signature.', 'bad-signature', 'jjwt'],
  ['jwt expired', 'expired', 'jsonwebtoken'],
  ['jwt audience invalid. expected: api://default', 'wrong-audience', 'jsonwebtoken'],
  ['jwt malformed', 'invalid', 'jsonwebtoken'],
  ['"exp" claim timestamp check failed', 'expired', 'jose'],
  ['unexpected "aud" claim value', 'wrong-audience', 'jose'],
  ['Signature has expired', 'expired', 'PyJWT'],
  ['Invalid audience', 'wrong-audience', 'PyJWT'],
  ["Audience doesn't match", 'wrong-audience', 'PyJWT'],
  ['Expired JWT', 'expired', 'Nimbus JOSE+JWT'],
  ['JWT audience rejected: [other]', 'wrong-audience', 'Nimbus JOSE+JWT'],
  ['Signed JWT rejected: Invalid signature', 'bad-signature', 'Nimbus JOSE+JWT'],
  ["IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '12/27/2024 4:41:52 PM'", 'expired', 'Microsoft.IdentityModel'],
  ["The token expired at '05/11/2026 19:45:32'", 'expired', 'Microsoft.IdentityModel'],
  ["IDX10214: Audience validation failed. Audiences: 'a'. Did not match: 'b'.", 'wrong-audience', 'Microsoft.IdentityModel'],
  ["The audience 'api://x' is invalid", 'wrong-audience', 'Microsoft.IdentityModel'],
  ['IDX10511: Signature validation failed. Keys tried: ...', 'bad-signature', 'Microsoft.IdentityModel'],
  ['The signature is invalid', 'bad-signature', 'Microsoft.IdentityModel'],
  ['token has invalid claims: token is expired', 'expired', 'golang-jwt'],
  ['token signature is invalid: signature is invalid', 'bad-signature', 'golang-jwt'],
  ['token has invalid audience', 'wrong-audience', 'golang-jwt'],
  ['Token is not active', 'expired', 'Keycloak'],
  ['Token verification failed', 'invalid', 'Keycloak'],
  ['Expired token received for JSON Web Token validation', 'expired', 'Auth0'],
  ['Bad audience', 'wrong-audience', 'Auth0'],
  ['Jwt is expired', 'expired', 'Okta (njwt)'],
  ['AADSTS50173: The provided grant has expired due to it being revoked', 'revoked', 'Microsoft Entra ID'],
  ['AADSTS700082: The refresh token has expired due to inactivity.', 'expired', 'Microsoft Entra ID'],
  ['AADSTS50013: Assertion failed signature validation.', 'bad-signature', 'Microsoft Entra ID'],
  ['InvalidAuthenticationTokenAudience', 'wrong-audience', 'Microsoft Entra ID'],
  ['ExpiredAuthenticationToken', 'expired', 'Microsoft Entra ID'],
  ['Token has been expired or revoked.', 'expired', 'Google'],
  ['Request had invalid authentication credentials. Expected OAuth 2 access token', 'invalid', 'Google'],
  ['Access Token has expired', 'expired', 'AWS Cognito'],
  ['Access Token has been revoked', 'revoked', 'AWS Cognito'],
  ['Invalid Access Token', 'invalid', 'AWS Cognito'],
  ['Bad credentials', 'invalid', 'GitHub'],
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
      expect(SAMPLES.some(([text]) => row.pattern.test(text)), String(row.pattern)).toBe(true);
    }
  });

  it('says nothing about text that names no token problem', () => {
    expect(classifyTokenText('Please sign in to continue')).toBeNull();
    expect(classifyTokenText('')).toBeNull();
    expect(classifyTokenText(null)).toBeNull();
  });
});
