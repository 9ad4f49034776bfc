import { expect, test } from '@playwright/test';

/**
 * A brief entry on the real site (not yet on the fixture site, which has no brief case): what it
 * says is unknown. Left here from casePage.test.ts, which now runs on the fixture site.
 */
test('a brief entry says what is unknown and still shows its dated events', async ({ page }) => {
  await page.goto('cases/complaints-against-critics/');
  await expect(page.locator('.case-body').getByRole('heading', { level: 2, name: '小米的回应', exact: true })).toBeVisible();
  // What was answered and what was not, each said.
  await expect(page.locator('.keybox')).toContainText('12月12日');
  await expect(page.locator('.keybox')).toContainText('没有找到小米的说明');
  expect(await page.locator('section:has(#timeline) .event-list > li').count()).toBeGreaterThanOrEqual(2);
  // An event whose own date is unknown says so.
  await expect(page.locator('section:has(#timeline)')).toContainText('投诉发生的时间来源未载');
  // The link to the KOL case is relative, so it works under any base path.
  await page.locator('.case-body').getByRole('link', { name: 'KOL风波' }).click();
  await expect(page).toHaveURL(/\/cases\/kol-wanneng-daxiong-2026\/$/);
});
