import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages } from './support/siteFiles';

const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every page of the built site, checked by axe against the WCAG 2.2 A and AA rules. */
for (const { url } of sitePages(base)) {
  test(`no WCAG 2.2 AA violations on ${url}`, async ({ page }, testInfo) => {
    await page.goto(url.slice(base.length) || './');
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
