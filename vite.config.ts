// Builds the extension once into dist/chrome (background service worker + popup page) and derives
// dist/firefox from it; see build/extension-plugin.ts.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { extensionPlugin } from './build/extension-plugin.ts';

const root = import.meta.dirname;
const dist = resolve(root, 'dist');

export default defineConfig({
  root: resolve(root, 'src/popup'),
  publicDir: resolve(root, 'public'),
  base: './',
  plugins: [preact(), extensionPlugin(dist)],
  build: {
    outDir: resolve(dist, 'chrome'),
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would inject code that touches `document`, which a service worker lacks.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rollupOptions: {
      input: {
        popup: resolve(root, 'src/popup/popup.html'),
        background: resolve(root, 'src/background/index.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
