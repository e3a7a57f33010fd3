// Lint keeps the layering of the architecture: src/core is pure (no browser, no UI, no Node),
// the popup and the background never import each other, and the CLI reuses core only.
import tseslint from 'typescript-eslint';

const browserCode = ['**/platform/**', 'webextension-polyfill'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo-output/**', 'bench/out/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      ...restrict(
        ['**/background/**', '**/popup/**', '**/cli/**', '**/lab/**', ...browserCode, 'preact', 'preact/*', 'node:*'],
        'src/core is pure: no browser API, UI or Node module (architecture.md).',
      ),
      'no-restricted-globals': ['error', 'chrome', 'browser', 'window', 'document', 'fetch', 'process'],
    },
  },
  {
    files: ['src/background/**'],
    rules: restrict(['**/popup/**', '**/cli/**', '**/lab/**', 'preact', 'preact/*'], 'The background only captures and counts; it does not import the popup or the CLI.'),
  },
  {
    files: ['src/popup/**'],
    rules: restrict(['**/background/**', '**/cli/**', '**/lab/**'], 'The popup talks to the background through storage and messages, never by import.'),
  },
  {
    files: ['src/platform/**'],
    rules: restrict(['**/background/**', '**/popup/**', '**/cli/**', '**/lab/**'], 'platform/ is a thin wrapper over browser APIs; it does not know its callers.'),
  },
  {
    files: ['src/cli/**'],
    rules: restrict(['**/background/**', '**/popup/**', ...browserCode], 'The CLI runs in Node and reuses src/core only.'),
  },
);
