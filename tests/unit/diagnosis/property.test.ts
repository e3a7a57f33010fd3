// Property tests: any list of observations gives a non-empty, well-formed diagnosis and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnosis/diagnose.ts';
import { CAUSE_IDS, STEP_IDS } from '../../../src/core/diagnosis/types.ts';
import type { Observation, Success } from '../../../src/core/observation.ts';
import { mergeAllLocales } from '../../../build/locales.ts';
import { NOW } from './factory.ts';

const en = mergeAllLocales().en!;

const header = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom('Basic realm="x"', 'Digest realm="d", nonce="n", stale=true', 'Bearer error="invalid_token", error_description="jwt expired"', 'Bearer error="insufficient_scope"', 'Negotiate', 'Bearer error="insufficient_user_authentication", acr_values="mfa"', ''),
);
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('https://a.example/wp-login.php', 'http://•••:•••@a.example//x).', 'not a url', 'https://a.example/reprots'),
);
const observation: fc.Arbitrary<Observation> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  time: fc.integer({ min: NOW - 3_600_000, max: NOW }),
  tabId: fc.nat(),
  frameId: fc.nat(),
  type: fc.constantFrom('main_frame', 'sub_frame', 'xmlhttprequest', 'image', 'other'),
  method: fc.constantFrom('GET', 'POST'),
  url,
  status: fc.constantFrom(401, 407, 403, 401),
  statusLine: fc.string({ maxLength: 30 }),
  wwwAuthenticate: fc.array(header, { maxLength: 3 }),
  proxyAuthenticate: fc.array(header, { maxLength: 2 }),
  server: fc.option(fc.constantFrom('nginx', 'Microsoft-IIS/10.0', 'cloudflare', 'Apache-Coyote/1.1', 'x')),
  retryAfter: fc.option(fc.oneof(fc.string({ maxLength: 10 }), fc.nat({ max: 100000 }).map(String))),
  contentType: fc.option(fc.string({ maxLength: 10 })),
  location: fc.option(url),
  redirectChain: fc.array(url, { maxLength: 2 }),
  fromCache: fc.boolean(),
  ip: fc.option(fc.ipV4()),
  credentials: fc.record({
    authorizationScheme: fc.option(fc.constantFrom('Basic', 'Bearer', 'Digest')),
    cookieNames: fc.array(fc.constantFrom('sid', 'wordpress_logged_in_x', 'wfwaf-authcookie-1', 'a'), { maxLength: 3 }),
    browserRetried: fc.constantFrom('certain', 'likely', 'unknown', 'no'),
  }),
  authRequired: fc.array(fc.record({ scheme: fc.constantFrom('basic', 'digest'), realm: fc.option(fc.string({ maxLength: 8 })), isProxy: fc.boolean() }), { maxLength: 2 }),
});
const success: fc.Arbitrary<Success> = fc.record({
  time: fc.integer({ min: NOW - 3_600_000, max: NOW }),
  url,
  type: fc.constantFrom('main_frame', 'xmlhttprequest'),
  status: fc.constant(200),
  cookieNames: fc.array(fc.constantFrom('sid', 'a'), { maxLength: 2 }),
});

describe('diagnose, for any input', () => {
  it('never throws and always answers with well-formed, known ids', () => {
    fc.assert(
      fc.property(
        fc.array(observation, { minLength: 1, maxLength: 8 }),
        fc.array(success, { maxLength: 5 }),
        fc.subarray([...STEP_IDS]),
        fc.option(fc.record({ url, title: fc.string({ maxLength: 40 }), text: fc.string({ maxLength: 200 }) })),
        (observations, successes, attempts, probe) => {
          const d = diagnose({ observations, successes, attempts, probe, now: NOW });
          expect(d.focus).not.toBeNull();
          expect(d.causes.length).toBeGreaterThan(0);
          expect(en[d.headline.id], d.headline.id).toBeDefined();
          const ids = d.causes.map((c) => c.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (let i = 1; i < d.causes.length; i++) expect(d.causes[i]!.score).toBeLessThanOrEqual(d.causes[i - 1]!.score);
          for (const c of d.causes) {
            expect(CAUSE_IDS).toContain(c.id);
            expect(c.evidence.length).toBeGreaterThan(0);
            expect(c.steps.length).toBeGreaterThan(0);
            for (const s of c.steps) expect(STEP_IDS).toContain(s);
            for (const e of c.evidence) expect(en[e.message.id], e.message.id).toBeDefined();
          }
          if (d.generic) expect(d.causes.every((c) => c.confidence === 'low')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
