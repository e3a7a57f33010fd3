// After Vite writes dist/chrome: adds the per-browser manifest and the merged _locales, then
// derives dist/firefox from the same files (the code is identical; only the manifest differs).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { mergeAllLocales } from './locales.ts';
import { manifestFor, type Target } from './manifest.ts';

const root = new URL('../', import.meta.url).pathname;

function writeTarget(dir: string, target: Target): void {
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifestFor(source, target, version), null, 2)}\n`);
}

export function extensionPlugin(distRoot: string): Plugin {
  return {
    name: '401-doctor-extension',
    apply: 'build',
    closeBundle() {
      const chrome = join(distRoot, 'chrome');
      for (const [lang, catalog] of Object.entries(mergeAllLocales())) {
        mkdirSync(join(chrome, '_locales', lang), { recursive: true });
        writeFileSync(join(chrome, '_locales', lang, 'messages.json'), JSON.stringify(catalog));
      }
      writeTarget(chrome, 'chrome');
      const firefox = join(distRoot, 'firefox');
      rmSync(firefox, { recursive: true, force: true });
      cpSync(chrome, firefox, { recursive: true });
      writeTarget(firefox, 'firefox');
    },
  };
}
