// The CLI reads the refusal's Date against its own clock (issue 11, clock-skew): the lab's expired
// token (express-oauth2-jwt-bearer's 'exp' check), asked from a clock 10 minutes behind the lab's,
// is the clock's fault first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../lab/auth/jwt.ts';
import { startLab, type Lab } from '../../lab/server.ts';
import type { DiagnoseJson } from '../../src/cli/json.ts';
import { run as runCommand, type Io } from '../../src/cli/run.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(async () => {
  await lab.close();
});

async function diagnoseWithClock(offsetMs: number): Promise<DiagnoseJson> {
  let text = '';
  const io: Io = {
    stdout: { write: (s: string) => ((text += s), true), isTTY: false },
    stderr: { write: () => true },
    readStdin: async () => '',
    env: {},
    platform: 'linux',
    now: () => Date.now() + offsetMs,
  };
  // Ran out five minutes ago by the lab's clock: a clock ten minutes behind still takes it for valid.
  const token = mintToken(3600, Math.floor(Date.now() / 1000) - 3600 - 300);
  await runCommand(['--json', '-H', `Authorization: Bearer ${token}`, `${lab.url}/bearer/expired-token/api`], io);
  return JSON.parse(text) as DiagnoseJson;
}

describe('the CLI and the clock', () => {
  it('puts clock-skew first when this clock lags the server by 10 minutes, and session-expired when it is right', async () => {
    const behind = await diagnoseWithClock(-10 * 60_000);
    expect(behind.causes[0]?.id).toBe('clock-skew');
    expect(behind.causes.map((c) => c.id)).toContain('session-expired');
    const right = await diagnoseWithClock(0);
    expect(right.causes[0]?.id).toBe('session-expired');
    expect(right.causes.map((c) => c.id)).not.toContain('clock-skew');
  });
});
