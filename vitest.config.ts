import { defineConfig } from 'vitest/config';

/** Unit tests: pure functions (charts, lib, schemas) and the content checks, beside their code. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
