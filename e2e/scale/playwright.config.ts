import { defineConfig, devices } from '@playwright/test';
import { SCALE_SITE } from './scaleSiteAddress';

/**
 * The whole-site pages at scale (npm run test:scale): a generated site of 1,000 cases
 * (e2e/scale/serveScaleSite.ts builds it, 4–9 minutes on this shared two-core machine, then reuses the build), where
 * /timeline/, /losses/ and the home page are overviews with a page per period. Kept out of the
 * default `npx playwright test` for the build's time; CI runs it as a step of its own.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.test.ts',
  fullyParallel: true,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    channel: undefined,
    baseURL: `http://127.0.0.1:${SCALE_SITE.port}${SCALE_SITE.base}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node e2e/scale/serveScaleSite.ts ${SCALE_SITE.port}`,
    // The project's root: the script builds the site from there.
    cwd: '../..',
    url: `http://127.0.0.1:${SCALE_SITE.port}${SCALE_SITE.base}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 900_000,
  },
});
