// Builds the command line into one self-contained file, dist/cli/401-doctor.js: Node ESM with a
// shebang, executable, every dependency bundled, and the text catalogues embedded (merged here with
// the extension's own merge, so a duplicate or malformed id fails this build too). It reads no file
// at run time, so it works from an npm install where src/locales is not shipped.
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { mergeAllLocales } from './build/locales.ts';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist/cli');
const CATALOGS_MODULE = resolve(root, 'src/cli/catalogs.ts');
const FILE = '401-doctor.js';

function embedCatalogs(): Plugin {
  return {
    name: '401-doctor-embed-catalogs',
    load(id) {
      if (id.split('?')[0] !== CATALOGS_MODULE) return null;
      const catalogs = JSON.stringify(mergeAllLocales());
      return `const CATALOGS = ${catalogs};\nexport function loadCatalogs() { return CATALOGS; }\n`;
    },
    writeBundle() {
      chmodSync(resolve(outDir, FILE), 0o755);
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [embedCatalogs()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src/cli/main.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: FILE,
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
