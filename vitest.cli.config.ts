// The real `401-doctor` command, spawned against the 401 lab. `npm test` runs it after the build
// with DOCTOR_CLI=dist/cli/401-doctor.js, so the shipped bundle is what gets tested; without it
// the source runs through tsx.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
