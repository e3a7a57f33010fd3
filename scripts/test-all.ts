// `npm test`: every check the project has, in the order a failure is cheapest to read, with one
// summary at the end and a non-zero exit when anything failed. Steps after a failed build that
// need the build are reported as not run rather than failing noisily.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { browserProblem, CHROMIUM, ensureBrowsers, FIREFOX, realMachine, type BrowserNeed } from './browsers.ts';
import { ensurePackages, LAB_PACKAGES, PYJWT_PACKAGES } from './system-packages.ts';

interface Step {
  name: string;
  cmd: string[];
  needsBuild?: boolean;
  /** A vitest JSON report to count tests from. */
  report?: string;
  env?: Record<string, string>;
  /** The real browser the step drives: brought from Debian when missing, else the step is not run. */
  browser?: BrowserNeed;
}

const out = '.tmp/test-reports';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const vitest = (name: string, config: string | null, extra: string[] = []): Step => ({
  name,
  cmd: ['npx', 'vitest', 'run', ...(config ? ['-c', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${out}/${name}.json`, ...extra],
  report: `${out}/${name}.json`,
});

const steps: Step[] = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  vitest('unit', null),
  { name: 'build', cmd: ['npm', 'run', 'build', '--silent'] },
  { name: 'popup-size', cmd: ['npx', 'tsx', 'bench/popup-size.ts'], needsBuild: true },
  { ...vitest('cli', 'vitest.cli.config.ts'), needsBuild: true, env: { DOCTOR_CLI: 'dist/cli/401-doctor.js' } },
  { ...vitest('e2e-chromium', 'vitest.e2e.config.ts'), needsBuild: true, browser: CHROMIUM },
  { ...vitest('e2e-firefox', 'vitest.firefox.config.ts'), needsBuild: true, browser: FIREFOX },
  { name: 'web-ext-lint', cmd: ['npx', 'tsx', 'scripts/web-ext-lint.ts'], needsBuild: true },
];

const only = process.argv.slice(2);
const chosen = steps.filter((step) => !only.length || only.includes(step.name));
const results: { name: string; status: 'ok' | 'FAILED' | 'not run'; seconds: number; tests?: { passed: number; failed: number }; why?: string }[] = [];
// Before anything runs: a fresh machine gets its browsers now, or is told in one line how.
const machine = realMachine();
const browsers = [...new Set(chosen.flatMap((step) => (step.browser ? [step.browser] : [])))];
for (const line of ensureBrowsers(browsers, machine)) console.error(line);
// The lab's real servers and PyJWT likewise (the unit, lab, CLI and e2e steps start the lab).
for (const line of ensurePackages([...LAB_PACKAGES, ...PYJWT_PACKAGES], machine)) console.error(line);
let buildOk = true;
for (const step of chosen) {
  if (step.needsBuild && !buildOk) {
    results.push({ name: step.name, status: 'not run', seconds: 0 });
    continue;
  }
  const missing = step.browser ? browserProblem(step.browser, machine) : null;
  if (missing) {
    results.push({ name: step.name, status: 'not run', seconds: 0, why: missing });
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const ok = run.status === 0;
  if (step.name === 'build') buildOk = ok;
  let tests: { passed: number; failed: number } | undefined;
  if (step.report) {
    try {
      const r = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      tests = { passed: r.numPassedTests, failed: r.numFailedTests };
    } catch {
      tests = undefined;
    }
  }
  results.push({ name: step.name, status: ok ? 'ok' : 'FAILED', seconds: (Date.now() - started) / 1000, tests });
}

console.log('\n──── 401 Doctor: test summary ────');
for (const r of results) {
  const counts = r.tests ? `  ${r.tests.passed} passed, ${r.tests.failed} failed` : '';
  console.log(`${r.status.padEnd(8)} ${r.name.padEnd(14)} ${r.seconds.toFixed(1).padStart(6)} s${counts}${r.why ? `  ${r.why}` : ''}`);
}
const failedSteps = results.filter((r) => r.status !== 'ok');
const passed = results.reduce((n, r) => n + (r.tests?.passed ?? 0), 0);
const failed = results.reduce((n, r) => n + (r.tests?.failed ?? 0), 0);
console.log(failedSteps.length ? `\n${failedSteps.length} step(s) did not pass: ${failedSteps.map((r) => r.name).join(', ')}` : '\nEvery step passed.');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
