// Real Firefox ESR with dist/firefox as a temporary add-on, driven over WebDriver BiDi, against the
// 401 lab. One file at a time: each file launches its own browser, and this machine has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
