import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../build/manifest.ts';

const source = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('per-browser manifests from the one manifest.json', () => {
  it('gives Chromium a module service worker and nothing Firefox-only', () => {
    const m = manifestFor(source, 'chrome', '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
  });

  it('gives Firefox background scripts, a gecko id and its data-collection declaration', () => {
    const m = manifestFor(source, 'firefox', '1.2.3') as { background: unknown; browser_specific_settings: { gecko: Record<string, unknown> } };
    expect(m.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('does not alter the source object', () => {
    const before = JSON.stringify(source);
    manifestFor(source, 'chrome', '9.9.9');
    expect(JSON.stringify(source)).toBe(before);
  });
});
