// Unit, lab and wording tests (the real server libraries on 127.0.0.1): fast, no browser. The real-browser suites have their own configs.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/lab/**/*.test.ts', 'tests/wording/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // startLab starts the real servers (nginx, Apache, squid, caddy, Express apps): seconds on a busy machine.
    hookTimeout: 30_000,
  },
});
