// The scenario registry is a contract: e2e, popup and CLI tests iterate it. Every entry must be
// well formed, listed on the index, and actually refuse the way its metadata says.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scenarios } from '../../lab/scenarios/index.ts';
import { startLab, type Lab } from '../../lab/server.ts';
import { CAUSE_IDS } from '../../src/core/diagnosis/types.ts';
import { get, send, type Jar } from './client.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(() => lab.close());
beforeEach(() => lab.reset());

describe('the scenario registry', () => {
  it('has unique ids, each in a file of its own name', () => {
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(existsSync(resolve(import.meta.dirname, `../../lab/scenarios/${id}.ts`)), id).toBe(true);
    }
  });

  it('describes each scenario in one sentence and names a known cause', () => {
    for (const s of scenarios) {
      expect(s.description, s.id).toMatch(/^[A-Z].*[.)]$/s);
      expect(s.description.replace(/\b(e\.g|i\.e)\./g, '').slice(0, -1), s.id).not.toMatch(/[.!?]\s/);
      expect(s.path.startsWith('/'), s.id).toBe(true);
      if (s.expectedCause !== null) expect(CAUSE_IDS, s.id).toContain(s.expectedCause);
      expect((s.refused === null) === (s.expectedCause === null), s.id).toBe(true);
    }
  });

  it('covers the causes the lab can show', () => {
    const covered = new Set(scenarios.map((s) => s.expectedCause));
    // The rest (dns, network-restriction, extension-interference) leave no trace a server can produce.
    for (const cause of [
      'no-credentials', 'credentials-rejected', 'stale-site-data', 'url-mistake', 'missing-challenge',
      'security-plugin', 'rate-limited', 'client-denied', 'iis-logon-failure', 'not-permitted',
      'digest-stale', 'step-up-required', 'proxy-auth', 'server-fault', 'session-expired',
      // The causes outside the textbook (causes.md, second table), each on real software where it exists.
      'cors-preflight', 'cookie-not-sent', 'auth-dropped-on-redirect', 'clock-skew', 'token-misconfigured',
      'scheme-mismatch', 'placeholder-token', 'sso-not-attempted', 'service-worker',
    ] as const) {
      expect(covered, cause).toContain(cause);
    }
  });

  it('says where each scenario runs: some browser always, the CLI only without browser-only facts', () => {
    for (const s of scenarios) {
      expect(s.harness.chromium || s.harness.firefox, s.id).toBe(true);
      // A service worker is the browser's: no terminal has one.
      if (s.secureContext) expect(s.harness.cli, s.id).toBe(false);
    }
    // The proxy scenario runs in every suite: each routes the browser (or the CLI) through squid.
    expect(scenarios.filter((s) => s.kind === 'proxy').every((s) => s.harness.firefox && s.harness.chromium && s.harness.cli)).toBe(true);
  });

  it('offers prepare() exactly where there is something to arrange', () => {
    for (const s of scenarios) expect(typeof s.prepare === 'function', s.id).toBe(s.arrange.length > 0);
  });
});

describe('the index page', () => {
  it('lists every scenario with its link and sentence', async () => {
    const reply = await get(lab.port, '/', { host: 'site-one.test' });
    expect(reply.status).toBe(200);
    const listed = [...reply.body.matchAll(/data-scenario="([^"]+)"/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(scenarios.map((s) => s.id).sort());
    for (const s of scenarios) {
      const item = new RegExp(`data-scenario="${s.id}"><a href="([^"]+)">`).exec(reply.body);
      expect(item?.[1]?.replaceAll('&amp;', '&'), s.id).toBe(s.path);
      const escaped = s.description.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
      expect(reply.body, s.id).toContain(escaped);
    }
    expect(reply.body).toContain(`${scenarios.length} scenarios`);
  });

  it('serves the same metadata as JSON', async () => {
    const reply = await get(lab.port, '/__lab/scenarios.json');
    const parsed = JSON.parse(reply.body) as { id: string; expectedCause: string | null; kind: string }[];
    expect(parsed.map((s) => [s.id, s.expectedCause, s.kind])).toEqual(
      scenarios.map((s) => [s.id, s.expectedCause, s.kind]),
    );
  });
});

describe('every scenario', () => {
  for (const s of scenarios) {
    it(`${s.id}: its page answers`, async () => {
      const reply = await get(lab.port, s.path, { host: 'site-one.test' });
      expect(reply.status, s.id).not.toBe(404);
      expect(reply.status, s.id).toBeLessThan(500);
    });

    if (s.refused) {
      const refused = s.refused;
      it(`${s.id}: refuses ${refused.method} ${refused.path} with ${refused.status} after its arrange steps`, async () => {
        const jar: Jar = new Map();
        for (const step of s.arrange) {
          const reply = await send(lab.port, step, { host: 'site-one.test', jar });
          expect(reply.status, `${s.id} arrange ${step.path}`).toBeLessThan(500);
        }
        const reply = await send(lab.port, refused, {
          host: 'site-one.test',
          jar,
          follow: true,
          ...(refused.viaProxy ? { proxyPort: lab.proxyPort } : {}),
        });
        expect(reply.status).toBe(refused.status);
      });
    }
  }
});
