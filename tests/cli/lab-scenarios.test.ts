// Every lab scenario a terminal can reach, run through the real command: its JSON must rank the
// scenario's expected cause first. The requests a page would make first (`arrange`) are made here
// with a small cookie jar; the refused request is the CLI's, with the headers and cookies the page
// would send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/server.ts';
import { scenarios } from '../../lab/scenarios/index.ts';
import type { LabStep, Scenario } from '../../lab/types.ts';
import type { DiagnoseJson } from '../../src/cli/json.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { parseJson, runCli } from './run-cli.ts';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, https: false });
});
afterAll(async () => {
  await lab.close();
});

async function arrange(steps: readonly LabStep[]): Promise<Map<string, string>> {
  const jar = new Map<string, string>();
  for (const step of steps) {
    const headers: Record<string, string> = { ...step.headers };
    if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const body = step.form ? new URLSearchParams(step.form).toString() : undefined;
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(`${lab.url}${step.path}`, { method: step.method, headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
    await res.arrayBuffer();
  }
  return jar;
}

/**
 * What a terminal reaches without a browser: every scenario that says so (Scenario.harness.cli).
 * Those that do not need what only a browser has: the history of the same tab (url-typo and
 * server-fault are diagnosed from what succeeded minutes before), cookies across sites, a CORS
 * preflight, a service worker, the hops of a redirect as the browser followed them.
 */
const reachable = scenarios.filter(
  (s): s is Scenario & { refused: NonNullable<Scenario['refused']> } => s.refused !== null && s.harness.cli,
);
/** The literal placeholders a front-end sends instead of a token: a fact, not a secret. */
const PLACEHOLDERS = new Set(['undefined', 'null', '[object Object]']);

describe('401-doctor against the lab', () => {
  it('covers every kind of scenario, and leaves out those that need a browser history', () => {
    const left = scenarios.filter((s) => s.refused !== null && !s.harness.cli).map((s) => s.id);
    expect(left).toEqual(expect.arrayContaining(['url-typo', 'server-fault']));
    expect(reachable.length + left.length).toBe(scenarios.filter((s) => s.refused !== null).length);
    expect(reachable.map((s) => s.kind)).toEqual(expect.arrayContaining(['main-frame', 'fetch', 'proxy', 'page']));
  });

  async function argsFor(s: (typeof reachable)[number]): Promise<{ args: string[]; jar: Map<string, string> }> {
    lab.reset();
    const jar = await arrange(s.arrange);
    const args = ['-X', s.refused.method];
    for (const [name, value] of Object.entries(s.refused.headers ?? {})) args.push('-H', `${name}: ${value}`);
    if (jar.size > 0) args.push('-H', `Cookie: ${[...jar].map(([k, v]) => `${k}=${v}`).join('; ')}`);
    if (s.refused.form) args.push('--data', new URLSearchParams(s.refused.form).toString());
    if (s.refused.viaProxy) args.push('--proxy', lab.proxyUrl);
    args.push(`${lab.url}${s.refused.path}`);
    return { args, jar };
  }

  it.each(reachable.map((s) => [s.id, s] as const))('%s: the steps come once, for a terminal, after the causes', async (_id, s) => {
    const { args } = await argsFor(s);
    const json = parseJson<DiagnoseJson>(await runCli(['--json', ...args]));
    const { args: again } = await argsFor(s);
    const text = (await runCli(again)).stdout;
    const ids = json.steps.map((x) => x.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    // Browser buttons have no place in a terminal.
    for (const browserOnly of ['copy-report', 'reload-and-watch', 'check-extensions']) expect(ids).not.toContain(browserOnly);
    expect(text).not.toMatch(/Reload the page|Copy the report/);
    for (const step of [...json.steps, ...json.fallbackSteps]) {
      // Each step's title is printed exactly once, however many causes list it.
      expect(text.split(step.title.text).length - 1, step.id).toBe(1);
    }
    if (s.refused.status === 407) expect(ids).toContain('contact-network-admin');
  });

  it.each(reachable.map((s) => [s.id, s] as const))('%s: JSON ranks the expected cause first', async (_id, s) => {
    lab.reset();
    const jar = await arrange(s.arrange);
    const args = ['--json', '-X', s.refused.method];
    for (const [name, value] of Object.entries(s.refused.headers ?? {})) args.push('-H', `${name}: ${value}`);
    if (jar.size > 0) args.push('-H', `Cookie: ${[...jar].map(([k, v]) => `${k}=${v}`).join('; ')}`);
    if (s.refused.form) args.push('--data', new URLSearchParams(s.refused.form).toString());
    if (s.refused.viaProxy) args.push('--proxy', lab.proxyUrl);
    args.push(`${lab.url}${s.refused.path}`);
    const run = await runCli(args);
    const json = parseJson<DiagnoseJson>(run);
    expect(run.code).toBe(EXIT.authFailure);
    expect(json.status).toBe(s.refused.status);
    expect(json.causes[0]?.id).toBe(s.expectedCause);
    // Tokens, cookie values and the form's password went out, and must never come back out.
    const secrets = [
      ...Object.values(s.refused.headers ?? {}).map((v) => v.split(' ').slice(1).join(' ')),
      ...jar.values(),
      ...Object.values(s.refused.form ?? {}),
    ].filter((v) => v.length >= 6 && !PLACEHOLDERS.has(v));
    for (const secret of secrets) expect(run.stdout + run.stderr).not.toContain(secret);
  });
});
