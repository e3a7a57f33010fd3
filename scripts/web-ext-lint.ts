// Mozilla's linter on dist/firefox, offline. Errors fail; each known warning must be explained in
// docs/permissions.md (listed here by code), and any other warning fails too.
import { spawnSync } from 'node:child_process';

// Preact's renderer contains an innerHTML assignment for dangerouslySetInnerHTML, which the popup
// never uses; see docs/permissions.md, "web-ext lint".
const EXPLAINED = new Set(['UNSAFE_VAR_ASSIGNMENT']);

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json'], { encoding: 'utf8' });
let report: { errors: { code: string; message: string; file?: string }[]; warnings: { code: string; message: string; file?: string }[] };
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint did not produce a report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
for (const e of report.errors) console.error(`error   ${e.code}: ${e.message} (${e.file ?? ''})`);
const unexplained = report.warnings.filter((w) => !EXPLAINED.has(w.code));
for (const w of report.warnings) console.log(`warning ${w.code}: ${w.message} (${w.file ?? ''})${EXPLAINED.has(w.code) ? ' — explained in docs/permissions.md' : ''}`);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained)`);
process.exit(report.errors.length || unexplained.length ? 1 : 0);
