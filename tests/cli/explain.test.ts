// `401-doctor explain` on the examples of the RFCs, from the command line and from standard input.
import { describe, expect, it } from 'vitest';
import type { ExplainJson } from '../../src/cli/json.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { run as runCommand, type Io } from '../../src/cli/run.ts';
import { parseJson, runCli } from './run-cli.ts';

const RFC_EXAMPLES = [
  // RFC 9110 §11.6.1
  'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
  // RFC 7617 §2.1
  'Basic realm="foo", charset="UTF-8"',
  // RFC 7616 §3.9.1
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
  // RFC 6750 §3
  'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
  // RFC 9470 §3
  'Bearer error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="myACR"',
];

describe('401-doctor explain', () => {
  it('reads one field per line of standard input and explains every RFC example', async () => {
    const run = await runCli(['explain', '--json', '-'], { stdin: `${RFC_EXAMPLES.join('\n')}\n\n` });
    expect(run.code).toBe(EXIT.ok);
    const json = parseJson<ExplainJson>(run);
    expect(json.inputs.map((i) => i.input)).toEqual(RFC_EXAMPLES);
    expect(json.inputs.map((i) => i.challenges.map((c) => c.scheme))).toEqual([['newauth', 'basic'], ['basic'], ['digest'], ['bearer'], ['bearer']]);
    expect(json.inputs.every((i) => i.errors.length === 0 && i.problems.length === 0)).toBe(true);
    const [newauth, basic] = json.inputs[0]!.challenges;
    expect(newauth!.schemeInfo).toBeNull();
    expect(newauth!.params.find((p) => p.name === 'title')?.value).toBe('Login to "apps"');
    expect(basic!.schemeInfo).toMatchObject({ name: 'Basic', reference: 'RFC 7617', registered: true });
    const digest = json.inputs[2]!.challenges[0]!;
    expect(digest.params.map((p) => p.name)).toEqual(['realm', 'qop', 'algorithm', 'nonce', 'opaque']);
    expect(digest.params.every((p) => p.meaning !== null && p.meaning.text !== p.meaning.id)).toBe(true);
    const error = json.inputs[3]!.challenges[0]!.params.find((p) => p.name === 'error');
    expect(error?.note?.text).toMatch(/expired|revoked/);
  });

  it('exits 5 and lists the syntax errors and problems of a faulty value, in Russian too', async () => {
    const run = await runCli(['explain', '--json', '--lang', 'ru', 'Basic charset="UTF-8" realm="x', 'Bearer realm="ok"']);
    expect(run.code).toBe(EXIT.headerFaulty);
    const json = parseJson<ExplainJson>(run);
    expect(json.lang).toBe('ru');
    expect(json.inputs[0]!.errors.map((e) => e.id)).toEqual(['parse_missing_comma', 'parse_unterminated_quote']);
    expect(json.inputs[0]!.errors[0]!.offset).toBe(22);
    expect(json.inputs[0]!.errors[0]!.text).toMatch(/запят/);
    expect(json.inputs[1]!.errors).toEqual([]);
  });

  it('prints a readable explanation and takes a pasted "WWW-Authenticate:" line', async () => {
    const run = await runCli(['explain', 'WWW-Authenticate: Basic realm="WallyWorld"']);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain('WWW-Authenticate: Basic realm="WallyWorld"');
    expect(run.stdout).toContain('Challenge 1: Basic (RFC 7617)');
    expect(run.stdout).toContain('realm = WallyWorld — ');
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it('colours a terminal unless NO_COLOR is set, and never a pipe', async () => {
    const out = async (isTTY: boolean, env: Record<string, string>) => {
      let text = '';
      const io: Io = {
        stdout: { write: (s: string) => (text += s), isTTY },
        stderr: { write: () => true },
        readStdin: async () => '',
        env,
        platform: 'linux',
        now: () => 0,
      };
      expect(await runCommand(['explain', 'Basic realm=x'], io)).toBe(EXIT.ok);
      return text;
    };
    expect(await out(true, {})).toMatch(/\x1b\[36m/);
    expect(await out(true, { NO_COLOR: '1' })).not.toMatch(/\x1b\[/);
    expect(await out(false, {})).not.toMatch(/\x1b\[/);
    expect((await runCli(['explain', 'Basic realm=x'])).stdout).not.toMatch(/\x1b\[/);
  });

  it("refuses an empty value with a usage error (exit 2), as it refuses no value at all", async () => {
    const run = await runCli(['explain', '']);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('401-doctor: Value number 1 is empty: give a WWW-Authenticate value to explain.\n');
  });

  it('refuses empty standard input with a usage error', async () => {
    const run = await runCli(['explain', '-'], { stdin: '\n  \n' });
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toBe('401-doctor: Standard input held no header value to explain.\n');
  });
});
