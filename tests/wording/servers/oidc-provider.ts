// panva/oidc-provider, a certified OpenID Provider, with one client and one account. Its userinfo
// endpoint (/me) is a real protected resource: it answers a refused access token with its own
// WWW-Authenticate (lib/helpers/append_www_authenticate.js). Tokens are minted through its own
// models, so an expired one is one it really issued.
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export interface Op {
  provider: Provider;
  /** An access token the provider issued, valid for `seconds`. */
  issue(seconds: number): Promise<string>;
}

export async function makeProvider(issuer: string): Promise<Op> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'app', client_secret: 'a-client-secret-for-tests', redirect_uris: ['https://app.test/cb'] }],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'op-key', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['a-cookie-signing-key-for-tests'] },
    // Its default is 15 s of leeway on every expiry; none here, so a token can expire within the test.
    clockTolerance: 0,
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id }) }),
  });
  return {
    provider,
    async issue(seconds) {
      const client = await provider.Client.find('app');
      if (!client) throw new Error('the test client is missing');
      const grant = new provider.Grant({ accountId: 'user-1', clientId: client.clientId });
      grant.addOIDCScope('openid');
      const grantId = await grant.save();
      return new provider.AccessToken({ accountId: 'user-1', client, grantId, scope: 'openid', expiresIn: seconds }).save();
    },
  };
}
