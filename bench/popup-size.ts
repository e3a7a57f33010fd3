// The popup's size against its budget (issue 6: "popup JS + CSS at most 30 KB gzipped"), counting
// every file the popup can load: what popup.html references, and every chunk those files import,
// statically or lazily, transitively. Chunks only the background loads are not counted; a chunk
// shared with the background is, since the popup loads it whole.
// Run after a build: `npx vite build && npx tsx bench/popup-size.ts [distDir]`. Exits 1 when over.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Kilobytes of 1000 bytes, the unit of Vite's own gzip column, so both tell the same number. */
export const BUDGET_BYTES = 30_000;

/** Relative .js/.css paths in a file: import specifiers, and Vite's preload lists ("chunks/x.js"). */
const REFERENCE = /["'`]((?:\.{1,2}\/)?[\w./-]+?\.(?:js|css))["'`]/g;

/** Every JS and CSS file reachable from popup.html, with its gzip size (level 9, as Vite reports). */
export function popupFiles(dist: string): Array<{ file: string; bytes: number; gzip: number }> {
  const html = readFileSync(join(dist, 'popup.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => resolve(dist, m[1]!));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(REFERENCE)) {
      // An import specifier is relative to its file; a preload list is relative to the page.
      for (const candidate of [resolve(dirname(file), m[1]!), resolve(dist, m[1]!)]) {
        if (candidate.startsWith(dist) && existsSync(candidate)) queue.push(candidate);
      }
    }
  }
  return [...seen]
    .map((file) => {
      const buf = readFileSync(file);
      return { file: relative(dist, file), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

function main(): void {
  const dist = resolve(process.argv[2] ?? 'dist/chrome');
  if (!existsSync(join(dist, 'popup.html'))) {
    console.error(`${dist}/popup.html not found: run \`npx vite build\` first`);
    process.exit(2);
  }
  const files = popupFiles(dist);
  const kb = (n: number) => `${(n / 1000).toFixed(2)} kB`;
  for (const f of files) console.log(`${kb(f.gzip).padStart(10)} gz  ${kb(f.bytes).padStart(10)} raw  ${f.file}`);
  const total = files.reduce((n, f) => n + f.gzip, 0);
  const over = total > BUDGET_BYTES;
  console.log(`${kb(total).padStart(10)} gz  total of ${files.length} files; budget ${kb(BUDGET_BYTES)}: ${over ? 'OVER' : 'within'}`);
  process.exit(over ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
