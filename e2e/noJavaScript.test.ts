import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a case page is complete without JavaScript', async ({ page }) => {
  await page.goto('cases/fridge-1111-orders-2025/');
  await expect(page.locator('svg[data-chart="timeline"]:visible')).toHaveCount(1);
  expect(await page.locator('.event-list > li time[datetime]').count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('#fridge-compensation')).toContainText('30元');
});

test('the search page says search needs JavaScript and offers the case list', async ({ page }) => {
  await page.goto('search/?q=冰箱');
  await expect(page.locator('.noscript-note')).toContainText('搜索需要启用JavaScript');
  await expect(page.locator('.noscript-note').getByRole('link', { name: '全部案件列表' })).toHaveAttribute('href', /\/cases\/$/);
});

test('the header search form sends the query to the search page', async ({ page }) => {
  await page.goto('');
  const field = page.getByRole('searchbox', { name: '搜索信任账本' });
  await field.fill('冰箱');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%86%B0%E7%AE%B1$/);
  await expect(page.locator('.noscript-note')).toContainText('搜索需要启用JavaScript');
  // The search dialog's button needs JavaScript and stays hidden.
  await expect(page.locator('[data-search-open]')).toBeHidden();
});
