// fast-check arbitraries of what capture records, the optional facts of issues 11 and 12 included,
// shared by the property tests of the engine.
import fc from 'fast-check';
import type { Observation, PageProbe, Success } from '../../../src/core/observation.ts';
import type { SiteCookie } from '../../../src/core/diagnosis/types.ts';
import { NOW } from './factory.ts';

export const header = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    'Basic realm="x"',
    'Digest realm="d", nonce="n", stale=true',
    'Bearer error="invalid_token", error_description="jwt expired"',
    'Bearer error="invalid_token", error_description="jwt audience invalid. expected: api"',
    'Bearer error="invalid_token", error_description="The access token is not recognised"',
    'Bearer realm="api"',
    'Bearer error="insufficient_scope", scope="admin:all"',
    'Negotiate',
    'NTLM',
    'DPoP algs="ES256", error="invalid_dpop_proof", error_description="iat is too far in the future"',
    'Bearer error="insufficient_user_authentication", acr_values="mfa"',
    '',
  ),
);

export const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('https://a.example/wp-login.php', 'http://•••:•••@a.example//x).', 'not a url', 'https://a.example/reprots', 'https://api.other.example/v1', 'http://intranet/'),
);

const seconds = (fromMs: number, toMs: number) => fc.integer({ min: Math.floor(fromMs / 1000), max: Math.floor(toMs / 1000) });

export const claims = fc.record({
  exp: fc.option(seconds(NOW - 7_200_000, NOW + 7_200_000)),
  nbf: fc.option(seconds(NOW - 7_200_000, NOW + 7_200_000)),
  iat: fc.option(seconds(NOW - 7_200_000, NOW + 7_200_000)),
  iss: fc.option(fc.constantFrom('https://issuer.example/', 'https://login.example/tenant')),
  aud: fc.array(fc.constantFrom('api', 'https://api.example'), { maxLength: 2 }),
  scope: fc.option(fc.constantFrom('read:profile', 'read:profile write:profile', 'admin:all')),
});

const httpDate = fc.integer({ min: NOW - 3 * 3_600_000, max: NOW + 3_600_000 }).map((t) => new Date(t).toUTCString());

export const hop = fc.record({
  url,
  status: fc.constantFrom(301, 302, 303, 307, 308),
  authorizationScheme: fc.option(fc.constantFrom('Bearer', 'Basic')),
  requestSeen: fc.boolean(),
});

export const observation: fc.Arbitrary<Observation> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 6 }),
    time: fc.integer({ min: NOW - 3_600_000, max: NOW }),
    tabId: fc.nat(),
    frameId: fc.nat(),
    type: fc.constantFrom('main_frame', 'sub_frame', 'xmlhttprequest', 'image', 'other'),
    method: fc.constantFrom('GET', 'POST', 'OPTIONS'),
    url,
    status: fc.constantFrom(401, 407, 403, 401),
    statusLine: fc.string({ maxLength: 30 }),
    // Whole challenge sets some causes need (only single sign-on offered), beside random ones.
    wwwAuthenticate: fc.oneof(fc.array(header, { maxLength: 3 }), fc.constantFrom<string[]>(['Negotiate', 'NTLM'], ['NTLM'], ['Basic realm="x"'])),
    proxyAuthenticate: fc.array(header, { maxLength: 2 }),
    server: fc.option(fc.constantFrom('nginx', 'Microsoft-IIS/10.0', 'cloudflare', 'Apache-Coyote/1.1', 'x')),
    retryAfter: fc.option(fc.oneof(fc.string({ maxLength: 10 }), fc.nat({ max: 100000 }).map(String))),
    contentType: fc.option(fc.string({ maxLength: 10 })),
    location: fc.option(url),
    redirectChain: fc.array(url, { maxLength: 2 }),
    fromCache: fc.boolean(),
    ip: fc.option(fc.ipV4()),
    credentials: fc.record(
      {
        authorizationScheme: fc.option(fc.constantFrom('Basic', 'Bearer', 'Digest', 'Negotiate', 'DPoP')),
        cookieNames: fc.array(fc.constantFrom('sid', 'wordpress_logged_in_x', 'wfwaf-authcookie-1', 'a'), { maxLength: 3 }),
        browserRetried: fc.constantFrom('certain', 'likely', 'unknown', 'no'),
        requestSeen: fc.boolean(),
        placeholder: fc.option(fc.constantFrom('undefined', 'null', 'object', 'empty', 'nan')),
        token: fc.option(claims),
      },
      { requiredKeys: ['authorizationScheme', 'cookieNames', 'browserRetried'] },
    ),
    authRequired: fc.array(fc.record({ scheme: fc.constantFrom('basic', 'digest'), realm: fc.option(fc.string({ maxLength: 8 })), isProxy: fc.boolean() }), { maxLength: 2 }),
    date: fc.option(fc.oneof(httpDate, fc.string({ maxLength: 12 }))),
    age: fc.option(fc.constantFrom('0', '30', 'x')),
    preflight: fc.boolean(),
    initiator: fc.option(fc.constantFrom('https://a.example', 'https://other.example', 'null')),
    topOrigin: fc.option(fc.constantFrom('https://a.example', 'https://other.example')),
    hops: fc.array(hop, { maxLength: 3 }),
    viaServiceWorker: fc.boolean(),
  },
  {
    requiredKeys: ['id', 'time', 'tabId', 'frameId', 'type', 'method', 'url', 'status', 'statusLine', 'wwwAuthenticate', 'proxyAuthenticate', 'server', 'retryAfter', 'contentType', 'location', 'redirectChain', 'fromCache', 'ip', 'credentials', 'authRequired'],
  },
);

export const success: fc.Arbitrary<Success> = fc.record({
  time: fc.integer({ min: NOW - 3_600_000, max: NOW }),
  url,
  type: fc.constantFrom('main_frame', 'xmlhttprequest'),
  status: fc.constant(200),
  cookieNames: fc.array(fc.constantFrom('sid', 'a'), { maxLength: 2 }),
});

export const pageProbe: fc.Arbitrary<PageProbe> = fc.record(
  { url, title: fc.string({ maxLength: 40 }), text: fc.string({ maxLength: 200 }), controlled: fc.boolean() },
  { requiredKeys: ['url', 'title', 'text'] },
);

export const siteCookie: fc.Arbitrary<SiteCookie> = fc.record({
  name: fc.constantFrom('sid', 'a', 'session', '__Host-id'),
  domain: fc.constantFrom('a.example', '.a.example', 'other.example', 'intranet'),
  hostOnly: fc.boolean(),
  path: fc.constantFrom('/', '/x', '/private'),
  secure: fc.boolean(),
  sameSite: fc.constantFrom('no_restriction', 'lax', 'strict', 'unspecified'),
  partitionTopLevelSite: fc.option(fc.constantFrom('https://a.example', 'https://other.example')),
});
