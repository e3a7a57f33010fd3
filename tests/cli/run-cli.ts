// Runs the real command as a child process: the source through tsx by default, or the built file
// when DOCTOR_CLI names it (DOCTOR_CLI=dist/cli/401-doctor.js npx vitest run tests/cli).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cliCommand(): string[] {
  const built = process.env.DOCTOR_CLI;
  return built ? [resolve(ROOT, built)] : ['--import', 'tsx', resolve(ROOT, 'src/cli/main.ts')];
}

export function runCli(args: readonly string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...cliCommand(), ...args], {
      cwd: ROOT,
      // A fixed language and no colour unless a test asks: the output is compared as text.
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

export function parseJson<T>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${run.code}): ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 300)}`);
  }
}
