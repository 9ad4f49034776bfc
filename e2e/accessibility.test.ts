import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPages } from './support/siteFiles';

const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// axe reads every element: on /timeline/ (4,400 of them) one run takes 10-25 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Every page in the sitemap (and the embeds and 404 page), checked by axe against WCAG 2.2 A and AA. */
for (const path of sitemapPages(base)) {
  test(`no WCAG 2.2 AA violations on /${path}`, async ({ page }, testInfo) => {
    await page.goto(path || './');
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
    testInfo.annotations.push({ type: 'axe', description: `${results.passes.length} rules passed` });
    expect(violations).toEqual([]);
  });
}

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['', 'cases/fridge-1111-orders-2025/', 'timeline/', 'search/?q=冰箱']) {
    test(`no contrast or other violations on /${path}`, async ({ page }) => {
      await page.goto(path || './');
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});
