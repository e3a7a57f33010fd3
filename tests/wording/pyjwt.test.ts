// PyJWT as Debian ships it (python3-jwt, run by /usr/bin/python3, not a pyenv or venv python):
// tests/wording/pyjwt/produce.py makes it refuse one token per case and prints what it raised.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyTokenText, type TokenProblem } from '../../src/core/diagnosis/server-words.ts';
import type { Case } from './tokens.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./pyjwt/produce.py', import.meta.url));

interface Produced {
  version: string;
  results: Record<Case, { type: string; message: string } | null>;
}

function produce(): Produced {
  const run = spawnSync(PYTHON, [SCRIPT], { encoding: 'utf8', timeout: 15_000 });
  if (run.status !== 0) throw new Error(`${PYTHON} ${SCRIPT} failed (is python3-jwt installed? .ci/run installs it): ${run.stderr}`);
  return JSON.parse(run.stdout) as Produced;
}

const WIRE: Record<Case, [type: string, message: string, problem: TokenProblem]> = {
  expired: ['ExpiredSignatureError', 'Signature has expired', 'expired'],
  'not-yet-valid': ['ImmatureSignatureError', 'The token is not yet valid (nbf)', 'not-yet-valid'],
  'issued-in-future': ['ImmatureSignatureError', 'The token is not yet valid (iat)', 'issued-in-future'],
  'bad-signature': ['InvalidSignatureError', 'Signature verification failed', 'bad-signature'],
  'wrong-audience': ['InvalidAudienceError', 'Invalid audience', 'wrong-audience'],
  'wrong-issuer': ['InvalidIssuerError', 'Invalid issuer', 'wrong-issuer'],
  'unknown-key': ['PyJWKClientError', 'Unable to find a signing key that matches: "rotated-away"', 'unknown-key'],
  'alg-not-allowed': ['InvalidAlgorithmError', 'The specified alg value is not allowed', 'alg-not-allowed'],
  malformed: ['DecodeError', 'Not enough segments', 'malformed'],
};

describe('PyJWT (Debian python3-jwt)', () => {
  const produced = produce();

  it('is the Debian package', () => {
    expect(produced.version).toMatch(/^2\./);
  });

  it.each(Object.entries(WIRE) as [Case, [string, string, TokenProblem]][])('%s', (c, [type, message, problem]) => {
    expect(produced.results[c]).toEqual({ type, message });
    expect(classifyTokenText(message)?.problem).toBe(problem);
    // As frameworks put it on the wire: FastAPI/DRF's JSON detail, Flask-JWT-Extended's msg.
    expect(classifyTokenText(JSON.stringify({ detail: message }))?.problem).toBe(problem);
  });
});
