// Entry of `401-doctor` (dist/cli/401-doctor.js) and of `npm run diagnose -- …`.
import { text } from 'node:stream/consumers';
import { run } from './run.ts';

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => text(process.stdin),
  env: process.env,
  platform: process.platform,
  now: () => Date.now(),
});
// Setting exitCode instead of calling process.exit lets stdout drain when it is a pipe.
process.exitCode = code;
