import { defineConfig } from '@playwright/test';

/**
 * Benchmarks (npm run bench:search): measured in Debian's Chromium against the built site and a
 * synthetic one, served by e2e/bench/serveCompressed.ts. They record figures (printed, and written
 * to .bench/); they do not pass or fail on time.
 */
export default defineConfig({
  testDir: '.',
  // Only the search benchmark: the other *.bench.ts here are vitest benchmarks (npx vitest bench).
  testMatch: 'search.bench.ts',
  workers: 1,
  reporter: 'list',
  timeout: 20 * 60_000,
  use: {
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
