// Real WWW-Authenticate / Proxy-Authenticate fields with the challenges they hold, per RFC 9110 §11.
// The unit tests check parseChallenges against every entry; the benchmark uses the same set as
// the mix it times and as the answer key it grades other parsers against.

export interface ExpectedChallenge {
  scheme: string;
  token68?: string;
  params?: Record<string, string>;
}

export interface CorpusEntry {
  /** Where the field comes from: an RFC section or the vendor that sends it. */
  source: string;
  /** One field value, or all field lines of the header in order. */
  field: string | string[];
  expected: ExpectedChallenge[];
}

const AZ_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const RS_META = 'https://resource.example.com/.well-known/oauth-protected-resource';

export const CORPUS: readonly CorpusEntry[] = [
  {
    source: 'RFC 9110 §11.6.1',
    field: 'Basic realm="simple", Newauth realm="apps", type=1, title="Login to \\"apps\\""',
    expected: [
      { scheme: 'basic', params: { realm: 'simple' } },
      { scheme: 'newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
    ],
  },
  { source: 'RFC 7617 §2', field: 'Basic realm="WallyWorld"', expected: [{ scheme: 'basic', params: { realm: 'WallyWorld' } }] },
  {
    source: 'RFC 7617 §2.1',
    field: 'Basic realm="foo", charset="UTF-8"',
    expected: [{ scheme: 'basic', params: { realm: 'foo', charset: 'UTF-8' } }],
  },
  {
    source: 'RFC 7616 §3.9.1 (two field lines)',
    field: [
      'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
      'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
    ],
    expected: ['SHA-256', 'MD5'].map((algorithm) => ({
      scheme: 'digest',
      params: {
        realm: 'http-auth@example.org',
        qop: 'auth, auth-int',
        algorithm,
        nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
        opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS',
      },
    })),
  },
  {
    source: 'RFC 7616 §3.9.2',
    field:
      'Digest realm="api@example.org", qop="auth", algorithm=SHA-512-256, nonce="5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK", opaque="HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS", charset=UTF-8, userhash=true',
    expected: [
      {
        scheme: 'digest',
        params: {
          realm: 'api@example.org',
          qop: 'auth',
          algorithm: 'SHA-512-256',
          nonce: '5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK',
          opaque: 'HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS',
          charset: 'UTF-8',
          userhash: 'true',
        },
      },
    ],
  },
  { source: 'RFC 6750 §3', field: 'Bearer realm="example"', expected: [{ scheme: 'bearer', params: { realm: 'example' } }] },
  {
    source: 'RFC 6750 §3',
    field: 'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
    expected: [{ scheme: 'bearer', params: { realm: 'example', error: 'invalid_token', error_description: 'The access token expired' } }],
  },
  {
    source: 'RFC 9470 §3',
    field: 'Bearer error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="myACR"',
    expected: [
      {
        scheme: 'bearer',
        params: { error: 'insufficient_user_authentication', error_description: 'A different authentication level is required', acr_values: 'myACR' },
      },
    ],
  },
  {
    source: 'RFC 9470 §3',
    field: 'Bearer error="insufficient_user_authentication", error_description="More recent authentication is required", max_age="5"',
    expected: [
      {
        scheme: 'bearer',
        params: { error: 'insufficient_user_authentication', error_description: 'More recent authentication is required', max_age: '5' },
      },
    ],
  },
  {
    source: 'RFC 9728 §5.1',
    field: `Bearer resource_metadata="${RS_META}"`,
    expected: [{ scheme: 'bearer', params: { resource_metadata: RS_META } }],
  },
  {
    source: 'RFC 9728 §5.1',
    field: `Bearer error="invalid_token", error_description="The access token expired", resource_metadata="${RS_META}"`,
    expected: [{ scheme: 'bearer', params: { error: 'invalid_token', error_description: 'The access token expired', resource_metadata: RS_META } }],
  },
  { source: 'RFC 9449 §7.1', field: 'DPoP algs="ES256 PS256"', expected: [{ scheme: 'dpop', params: { algs: 'ES256 PS256' } }] },
  {
    source: 'RFC 9449 §7.1',
    field: 'DPoP error="invalid_token", error_description="Invalid DPoP key binding", algs="ES256"',
    expected: [{ scheme: 'dpop', params: { error: 'invalid_token', error_description: 'Invalid DPoP key binding', algs: 'ES256' } }],
  },
  {
    source: 'RFC 9449 §8',
    field: 'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
    expected: [{ scheme: 'dpop', params: { error: 'use_dpop_nonce', error_description: 'Resource server requires nonce in DPoP proof' } }],
  },
  {
    source: 'RFC 9449 §7.2',
    field: 'Bearer, DPoP algs="ES256 PS256"',
    expected: [{ scheme: 'bearer' }, { scheme: 'dpop', params: { algs: 'ES256 PS256' } }],
  },
  { source: 'RFC 4559 §4', field: 'Negotiate', expected: [{ scheme: 'negotiate' }] },
  {
    source: 'RFC 4559 §5 (continuation token)',
    field: 'Negotiate a87421000492aa874209af8bc028',
    expected: [{ scheme: 'negotiate', token68: 'a87421000492aa874209af8bc028' }],
  },
  { source: 'IIS Windows authentication (two field lines)', field: ['Negotiate', 'NTLM'], expected: [{ scheme: 'negotiate' }, { scheme: 'ntlm' }] },
  {
    source: 'IIS NTLM type 2 message',
    field: 'NTLM TlRMTVNTUAACAAAADAAMADgAAAAFgomiQUJDREVGR0gAAAAAAAAAAGIAYgBEAAAABgEAAAAAAA8=',
    expected: [{ scheme: 'ntlm', token68: 'TlRMTVNTUAACAAAADAAMADgAAAAFgomiQUJDREVGR0gAAAAAAAAAAGIAYgBEAAAABgEAAAAAAA8=' }],
  },
  {
    source: 'Docker Hub registry',
    field: 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"',
    expected: [
      { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/ubuntu:pull' } },
    ],
  },
  {
    source: 'GitHub Container Registry',
    field: 'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:octocat/hello-world:pull,push"',
    expected: [{ scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:octocat/hello-world:pull,push' } }],
  },
  { source: 'GitHub (git over HTTPS)', field: 'Basic realm="GitHub"', expected: [{ scheme: 'basic', params: { realm: 'GitHub' } }] },
  {
    source: 'GitHub MCP server (RFC 9728)',
    field:
      'Bearer error="invalid_request", error_description="No access token was provided in this request", resource_metadata="https://api.githubcopilot.com/.well-known/oauth-protected-resource/mcp/"',
    expected: [
      {
        scheme: 'bearer',
        params: {
          error: 'invalid_request',
          error_description: 'No access token was provided in this request',
          resource_metadata: 'https://api.githubcopilot.com/.well-known/oauth-protected-resource/mcp/',
        },
      },
    ],
  },
  {
    source: 'Azure Resource Manager',
    field: `Bearer authorization_uri="https://login.windows.net/${AZ_TENANT}", error="invalid_token", error_description="The authentication failed because of missing 'Authorization' header."`,
    expected: [
      {
        scheme: 'bearer',
        params: {
          authorization_uri: `https://login.windows.net/${AZ_TENANT}`,
          error: 'invalid_token',
          error_description: "The authentication failed because of missing 'Authorization' header.",
        },
      },
    ],
  },
  {
    source: 'Azure (authorization_uri and resource)',
    field: `Bearer authorization_uri="https://login.microsoftonline.com/${AZ_TENANT}/oauth2/authorize", resource="https://management.core.windows.net/"`,
    expected: [
      {
        scheme: 'bearer',
        params: { authorization_uri: `https://login.microsoftonline.com/${AZ_TENANT}/oauth2/authorize`, resource: 'https://management.core.windows.net/' },
      },
    ],
  },
  {
    source: 'Azure Key Vault',
    field: `Bearer authorization="https://login.microsoftonline.com/${AZ_TENANT}", resource="https://vault.azure.net"`,
    expected: [{ scheme: 'bearer', params: { authorization: `https://login.microsoftonline.com/${AZ_TENANT}`, resource: 'https://vault.azure.net' } }],
  },
  {
    source: 'SharePoint Online',
    field:
      'Bearer realm="3b2ac6a4-0d24-4b4b-9c5c-1c5f3f2a9e11",client_id="00000003-0000-0ff1-ce00-000000000000",trusted_issuers="00000001-0000-0000-c000-000000000000@*,D3776938-3DBA-481F-A652-4BEDFCAB7CD8@*,https://sts.windows.net/*/",authorization_uri="https://login.windows.net/common/oauth2/authorize"',
    expected: [
      {
        scheme: 'bearer',
        params: {
          realm: '3b2ac6a4-0d24-4b4b-9c5c-1c5f3f2a9e11',
          client_id: '00000003-0000-0ff1-ce00-000000000000',
          trusted_issuers: '00000001-0000-0000-c000-000000000000@*,D3776938-3DBA-481F-A652-4BEDFCAB7CD8@*,https://sts.windows.net/*/',
          authorization_uri: 'https://login.windows.net/common/oauth2/authorize',
        },
      },
    ],
  },
  { source: 'nginx auth_basic', field: 'Basic realm="Restricted Area"', expected: [{ scheme: 'basic', params: { realm: 'Restricted Area' } }] },
  {
    source: 'Squid proxy (three field lines)',
    field: ['Negotiate', 'NTLM', 'Basic realm="Squid proxy-caching web server"'],
    expected: [{ scheme: 'negotiate' }, { scheme: 'ntlm' }, { scheme: 'basic', params: { realm: 'Squid proxy-caching web server' } }],
  },
  {
    source: 'Apache Digest then Basic',
    field: 'Digest realm="private", nonce="MTcwMDAwMDAwMDo0ZjE2", algorithm=MD5, qop="auth", Basic realm="private"',
    expected: [
      { scheme: 'digest', params: { realm: 'private', nonce: 'MTcwMDAwMDAwMDo0ZjE2', algorithm: 'MD5', qop: 'auth' } },
      { scheme: 'basic', params: { realm: 'private' } },
    ],
  },
  {
    source: 'RFC 9110 §11.1, §11.2 (case-insensitive scheme and names)',
    field: 'BASIC REALM="Upper Case"',
    expected: [{ scheme: 'basic', params: { realm: 'Upper Case' } }],
  },
  {
    source: 'RFC 9110 §11.2 (BWS around "=")',
    field: 'Bearer realm = "spaced" , error = invalid_token',
    expected: [{ scheme: 'bearer', params: { realm: 'spaced', error: 'invalid_token' } }],
  },
  {
    source: 'RFC 9110 §5.6.4 (quoted-pair)',
    field: 'Basic realm="a \\"quoted\\" \\\\ realm, with comma"',
    expected: [{ scheme: 'basic', params: { realm: 'a "quoted" \\ realm, with comma' } }],
  },
  {
    source: 'Keycloak-style Basic and Bearer',
    field: 'Basic realm="app", charset="UTF-8", Bearer realm="app", scope="openid profile"',
    expected: [
      { scheme: 'basic', params: { realm: 'app', charset: 'UTF-8' } },
      { scheme: 'bearer', params: { realm: 'app', scope: 'openid profile' } },
    ],
  },
  {
    source: 'RFC 9577 §2.1',
    field: 'PrivateToken challenge="AAIAGGlzc3Vlci5leGFtcGxlAAAADm9yaWdpbi5leGFtcGxl", token-key="MIIBUjA9BgkqhkiG9w0BAQowMKANMAsGCWCGSAFlAwQCAqEaMBgGCSqGSIb3DQEBCDALBglghkgBZQMEAgKiAwIBMAOCAQ8AMIIBCgKCAQEA"',
    expected: [
      {
        scheme: 'privatetoken',
        params: {
          challenge: 'AAIAGGlzc3Vlci5leGFtcGxlAAAADm9yaWdpbi5leGFtcGxl',
          'token-key': 'MIIBUjA9BgkqhkiG9w0BAQowMKANMAsGCWCGSAFlAwQCAqEaMBgGCSqGSIb3DQEBCDALBglghkgBZQMEAgKiAwIBMAOCAQ8AMIIBCgKCAQEA',
        },
      },
    ],
  },
  {
    source: 'RFC 7804 §5 (two field lines)',
    field: ['SCRAM-SHA-256 realm="testrealm@example.com"', 'SCRAM-SHA-1 realm="testrealm@example.com"'],
    expected: [
      { scheme: 'scram-sha-256', params: { realm: 'testrealm@example.com' } },
      { scheme: 'scram-sha-1', params: { realm: 'testrealm@example.com' } },
    ],
  },
  {
    source: 'RFC 8120 §4.1',
    field: 'Mutual version=1, algorithm=iso-kam3-dl-2048-sha256, validation=host, realm="testrealm@example.com", reason=initial',
    expected: [
      {
        scheme: 'mutual',
        params: { version: '1', algorithm: 'iso-kam3-dl-2048-sha256', validation: 'host', realm: 'testrealm@example.com', reason: 'initial' },
      },
    ],
  },
  {
    source: 'RFC 7486 §3',
    field: 'HOBA challenge="aGVsbG8gd29ybGQ", max-age=10, realm="hoba"',
    expected: [{ scheme: 'hoba', params: { challenge: 'aGVsbG8gd29ybGQ', 'max-age': '10', realm: 'hoba' } }],
  },
  {
    source: 'RFC 9635 §9.1',
    field: 'GNAP as_uri="https://as.example/tx", access="FWWIKYBQ6U56NL1"',
    expected: [{ scheme: 'gnap', params: { as_uri: 'https://as.example/tx', access: 'FWWIKYBQ6U56NL1' } }],
  },
  {
    source: 'RFC 9110 §5.6.1 (empty list elements)',
    field: ', Basic realm="x",, ',
    expected: [{ scheme: 'basic', params: { realm: 'x' } }],
  },
];
