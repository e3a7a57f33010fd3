// The popup's pure helpers for the headline card: the server's own error words of a Bearer
// challenge, and the redirect chain as hops with their statuses.
import { describe, expect, it } from 'vitest';
import type { ChallengeSectionData } from '../../../src/core/view/schema.ts';
import { hopRows } from '../../../src/popup/logic/hops.ts';
import { serverSaid } from '../../../src/popup/logic/server-said.ts';
import { observation } from './fixtures.ts';

function section(challenges: Array<{ scheme: string; params: Array<[string, string]> }>): ChallengeSectionData {
  return {
    header: 'WWW-Authenticate',
    lines: [],
    errors: [],
    challenges: challenges.map((c) => ({
      scheme: c.scheme,
      rawScheme: c.scheme,
      token68: null,
      info: null,
      problems: [],
      params: c.params.map(([name, value]) => ({ name, value, meaning: null, valueNote: null })),
    })),
  };
}

describe('serverSaid', () => {
  it('reads error and error_description of the challenge that has them', () => {
    const s = section([
      { scheme: 'basic', params: [['realm', 'x']] },
      { scheme: 'bearer', params: [['realm', 'api'], ['Error', 'invalid_token'], ['error_description', "'exp' claim timestamp check failed"]] },
    ]);
    expect(serverSaid(s)).toEqual({ error: 'invalid_token', description: "'exp' claim timestamp check failed" });
  });

  it('gives the error alone when there is no description, and nothing without an error', () => {
    expect(serverSaid(section([{ scheme: 'bearer', params: [['error', 'insufficient_scope']] }]))).toEqual({ error: 'insufficient_scope', description: null });
    expect(serverSaid(section([{ scheme: 'bearer', params: [['realm', 'api']] }]))).toBeNull();
    expect(serverSaid(null)).toBeNull();
  });
});

describe('hopRows', () => {
  it('is empty without redirects', () => {
    expect(hopRows(observation())).toEqual([]);
  });

  it('takes the statuses of recorded hops and ends on the refused URL with its status', () => {
    const o = observation({
      url: 'https://app.example.com/private/',
      redirectChain: ['https://app.example.com/old', 'https://sso.example.net/cb'],
      hops: [
        { url: 'https://app.example.com/old', status: 301, authorizationScheme: 'Bearer', requestSeen: true },
        { url: 'https://sso.example.net/cb', status: 302, authorizationScheme: null, requestSeen: true },
      ],
    });
    expect(hopRows(o).map((h) => [h.status, h.label])).toEqual([
      [301, '/old'],
      [302, 'https://sso.example.net/cb'],
      [401, '/private/'],
    ]);
  });

  it('falls back to redirectChain, whose statuses were not kept', () => {
    const rows = hopRows(observation({ redirectChain: ['https://app.example.com/a?x=1'] }));
    expect(rows.map((h) => h.status)).toEqual([null, 401]);
    expect(rows[0]!.label).toBe('/a?x=1');
  });
});
