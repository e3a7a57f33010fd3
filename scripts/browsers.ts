// The browsers `npm run demo` and `npm test` drive, brought to a fresh machine by the commands
// themselves (issue 13: the README's two commands must be enough). Found as the test harnesses
// find them: CHROME_PATH / FIREFOX_PATH when set (then it must exist), else Debian's paths. When
// one is missing and we are root with apt (a fresh Debian machine, a CI container), Debian's
// package is installed; otherwise one line says which package and which command, and nothing
// is thrown, so no stack trace hides the sentence.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_CANDIDATES } from '../tests/e2e/harness/chromium.ts';
import { FIREFOX_CANDIDATES } from '../tests/firefox/harness/firefox-path.ts';

export interface BrowserNeed {
  name: string;
  envVar: 'CHROME_PATH' | 'FIREFOX_PATH';
  candidates: readonly string[];
  /** Debian's package that provides it. */
  pkg: string;
}

export const CHROMIUM: BrowserNeed = { name: 'Chromium', envVar: 'CHROME_PATH', candidates: CHROMIUM_CANDIDATES, pkg: 'chromium' };
export const FIREFOX: BrowserNeed = { name: 'Firefox ESR', envVar: 'FIREFOX_PATH', candidates: FIREFOX_CANDIDATES, pkg: 'firefox-esr' };

/** What the check needs of the machine; tests give a fake one. */
export interface Machine {
  env: NodeJS.ProcessEnv;
  exists(path: string): boolean;
  /** Null where there are no user ids (Windows). */
  uid: number | null;
  hasApt: boolean;
  /** Runs a command with its output on the terminal; returns its exit status. */
  run(cmd: string, args: readonly string[]): number;
  log(line: string): void;
}

export const realMachine = (): Machine => ({
  env: process.env,
  exists: existsSync,
  uid: typeof process.getuid === 'function' ? process.getuid() : null,
  hasApt: existsSync('/usr/bin/apt-get'),
  run(cmd, args) {
    const r = spawnSync(cmd, [...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return r.status ?? 1;
  },
  log: (line) => console.log(line),
});

/** `apt-get update` then one `apt-get install` of `pkgs`; true when both succeeded. */
export function aptInstall(pkgs: readonly string[], m: Machine): boolean {
  return m.run('apt-get', ['update', '-qq']) === 0 && m.run('apt-get', ['install', '-y', '-qq', ...pkgs]) === 0;
}

type Found = { need: BrowserNeed; path: string | null; problem: string | null };

function look(need: BrowserNeed, m: Machine): Found {
  const set = m.env[need.envVar];
  if (set) {
    return m.exists(set)
      ? { need, path: set, problem: null }
      : { need, path: null, problem: `${need.envVar}=${set} does not exist: point it to a ${need.name} binary, or unset it to use Debian's ${need.pkg} (apt-get install -y ${need.pkg}).` };
  }
  const path = need.candidates.find((p) => m.exists(p)) ?? null;
  return { need, path, problem: path ? null : `${need.name} is not installed: run \`sudo apt-get install -y ${need.pkg}\` (Debian), or set ${need.envVar} to a ${need.name} binary.` };
}

/** The one line that says why a browser cannot be used, or null when it is there. */
export function browserProblem(need: BrowserNeed, m: Machine): string | null {
  return look(need, m).problem;
}

/**
 * Makes sure every needed browser is there, installing the missing ones from Debian when it may.
 * Returns one line per browser still missing (empty: all there); never throws.
 */
export function ensureBrowsers(needs: readonly BrowserNeed[], m: Machine): string[] {
  const first = needs.map((n) => look(n, m));
  // A wrong variable is the user's choice to fix; only browsers looked for on Debian's paths are installed.
  const installable = first.filter((f) => f.problem && !m.env[f.need.envVar]).map((f) => f.need.pkg);
  if (installable.length && m.uid === 0 && m.hasApt) {
    m.log(`Installing ${installable.join(' and ')} from Debian (apt-get update && apt-get install -y ${installable.join(' ')})`);
    const ok = aptInstall(installable, m);
    if (!ok) return [`apt-get could not install ${installable.join(' ')}: run \`apt-get update && apt-get install -y ${installable.join(' ')}\` to see why.`];
    return needs.map((n) => look(n, m).problem).filter((p): p is string => p !== null);
  }
  return first.map((f) => f.problem).filter((p): p is string => p !== null);
}
