// `npm run package`: the store zips (Chrome Web Store, AMO) from the built dist/ folders, and the
// source zip AMO asks for when the submitted code is bundled (built from the committed tree).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, existsSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const out = 'dist/packages';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

for (const target of ['chrome', 'firefox'] as const) {
  if (!existsSync(`dist/${target}/manifest.json`)) throw new Error(`dist/${target} is missing: run npm run build`);
  const tmp = `${out}/.${target}`;
  run('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', tmp, '--overwrite-dest', '--filename', 'ext.zip']);
  renameSync(`${tmp}/ext.zip`, `${out}/401-doctor-${target}-${version}.zip`);
  rmSync(tmp, { recursive: true, force: true });
}
run('git', ['archive', '--format=zip', `--output=${out}/401-doctor-source-${version}.zip`, 'HEAD']);
console.log(`packages in ${out}/:\n  401-doctor-chrome-${version}.zip\n  401-doctor-firefox-${version}.zip\n  401-doctor-source-${version}.zip (build: npm ci && npm run build)`);
