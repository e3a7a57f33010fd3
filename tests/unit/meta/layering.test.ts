// The lint rules of eslint.config.js are the architecture's fences; this proves they bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/core/x.ts', "import { browser } from '../platform/browser.ts';\nexport const b = browser;\n"],
    ['src/core/x.ts', "import { App } from '../popup/app.tsx';\nexport const a = App;\n"],
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['src/core/x.ts', "import { h } from 'preact';\nexport const x = h;\n"],
    ['src/popup/x.ts', "import { x } from '../background/index.ts';\nexport const y = x;\n"],
    ['src/background/x.ts', "import { App } from '../popup/app.tsx';\nexport const a = App;\n"],
    ['src/cli/x.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;\n"],
  ])('%s may not import across the fence (%#)', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('core may not touch the browser global', async () => {
    expect(await ruleIds('src/core/x.ts', 'export const id = chrome.runtime.id;\n')).toContain('no-restricted-globals');
  });

  it('allowed imports pass', async () => {
    expect(await ruleIds('src/popup/x.ts', "import { maskUrl } from '../core/url/mask.ts';\nexport const m = maskUrl;\n")).toEqual([]);
    expect(await ruleIds('src/core/x.ts', "import { maskUrl } from './url/mask.ts';\nexport const m = maskUrl;\n")).toEqual([]);
  });
});
