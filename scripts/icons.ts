// Renders assets/icon.svg into the PNG sizes the manifest and the toolbar need, once per state:
// the product icon, and the red (401) and amber (407) variants the background shows per tab.
// Run after changing the SVG: `npm run icons`; the PNGs are committed so builds need no renderer.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const root = new URL('../', import.meta.url).pathname;
const svg = readFileSync(`${root}assets/icon.svg`, 'utf8');
const BASE = '#0e7490';
export const ICON_STATES = { icon: BASE, 'icon-401': '#c0262d', 'icon-407': '#b45309' } as const;
const SIZES = [16, 32, 48, 128];

mkdirSync(`${root}public/icons`, { recursive: true });
for (const [name, colour] of Object.entries(ICON_STATES)) {
  const source = svg.replaceAll(BASE, colour);
  for (const size of SIZES) {
    const png = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(`${root}public/icons/${name}-${size}.png`, png);
  }
}
console.log(`wrote ${Object.keys(ICON_STATES).length * SIZES.length} icons to public/icons/`);
