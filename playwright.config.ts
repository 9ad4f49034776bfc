import { defineConfig, devices } from '@playwright/test';
import { FIXTURE_SITE } from './e2e/support/fixtureSiteAddress';

const port = Number(process.env['PORT'] ?? 4321);
const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * End-to-end tests run in Debian's Chromium (Playwright's own browser download does not work on
 * this machine), in two projects: `site`, against the built site (dist/, served by `astro
 * preview`): the content checks, the chart texts, the search quality, budgets, accessibility and
 * links of the real site; and `fixture`, against the fixture site (e2e/fixtures/site, built and
 * served by e2e/support/serveFixtureSite.ts under /xinren/): the site's behaviour, which must not
 * depend on what the real content says.
 */
const FIXTURE_TESTS = ['**/timeline.test.ts', '**/search.test.ts', '**/casePage.test.ts', '**/losses.test.ts', '**/fixtureSite.test.ts', '**/caseFinder.test.ts', '**/partyPages.test.ts', '**/editionChoice.test.ts'];
/** The overviews at scale run on a generated site, with their own config (npm run test:scale: e2e/scale/playwright.config.ts). */
const SCALE_TESTS = '**/scale/**';
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.test.ts',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}${base}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: [...FIXTURE_TESTS, SCALE_TESTS], use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'fixture',
      testMatch: FIXTURE_TESTS,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${FIXTURE_SITE.port}${FIXTURE_SITE.base}` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --port ${port} --host 127.0.0.1`,
      url: `http://localhost:${port}${base}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `node e2e/support/serveFixtureSite.ts ${FIXTURE_SITE.port}`,
      url: `http://127.0.0.1:${FIXTURE_SITE.port}${FIXTURE_SITE.base}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 300_000,
    },
  ],
});
