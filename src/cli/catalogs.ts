// The text catalogues, merged from src/locales/<lang>/*.json exactly as the extension's build
// merges them. Under tsx this reads the source tree; vite.cli.config.ts replaces this module with
// the merged catalogues embedded at build time, so dist/cli/401-doctor.js reads no file to speak.
import { mergeAllLocales } from '../../build/locales.ts';
import type { Catalog } from '../core/i18n/format.ts';

export function loadCatalogs(): Readonly<Record<string, Catalog>> {
  return mergeAllLocales();
}
