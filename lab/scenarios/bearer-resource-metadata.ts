import { API_REALM } from '../auth/accounts.ts';
import { sendJson } from '../http/respond.ts';
import { bearerChallenge, bearerScenario } from '../sites/bearer-api.ts';
import type { LabContext } from '../types.ts';

const base = '/bearer/resource-metadata';
const resourcePath = `${base}/api`;
// RFC 9728 §3.1: the well-known segment goes between the host and the resource's path.
export const RESOURCE_METADATA_PATH = `/.well-known/oauth-protected-resource${resourcePath}`;

const metadataUrl = (ctx: LabContext) => `${ctx.origin}${RESOURCE_METADATA_PATH}`;

export const bearerResourceMetadata = bearerScenario({
  id: 'bearer-resource-metadata',
  title: 'Bearer API points to its resource metadata',
  description: 'A page whose script calls a Bearer API without a token, and the challenge links the API\'s RFC 9728 metadata document.',
  base,
  expectedCause: 'no-credentials',
  sentToken: null,
  refuse: { status: 401, challenge: (ctx) => bearerChallenge({ resource_metadata: metadataUrl(ctx) }) },
  extra(_req, res, ctx) {
    if (ctx.url.pathname !== RESOURCE_METADATA_PATH) return false;
    // RFC 9728 §2 and §3.3: `resource` must equal the URL the metadata was fetched for, minus the well-known part.
    return sendJson(res, 200, {
      resource: `${ctx.origin}${resourcePath}`,
      authorization_servers: [`${ctx.origin}/__lab/no-such-authorization-server`],
      scopes_supported: ['lab:read', 'lab:admin'],
      bearer_methods_supported: ['header'],
      resource_name: API_REALM,
    });
  },
});
