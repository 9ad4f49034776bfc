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

test('the timeline is readable without JavaScript: the chart and every event', async ({ page }) => {
  await page.goto('timeline/#fridge-yangtse-report');
  await expect(page.locator('svg[data-chart="timeline"]:visible')).toHaveCount(1);
  const events = page.locator('.event-list > li');
  const count = await events.count();
  expect(count).toBeGreaterThan(10);
  await expect(page.locator('.event-list > li time[datetime]')).toHaveCount(count);
  await expect(page.locator('svg[data-chart="timeline"]:visible a[data-event]')).toHaveCount(count);
  // The anchor still leads to the event in the list.
  await expect(page.locator('#fridge-yangtse-report')).toBeInViewport();
  // The lane switch works without a script; the filter form can still submit.
  await page.getByLabel('按案件').check();
  await expect(page.locator('.lanes-case svg[data-chart="timeline"]:visible')).toHaveCount(1);
  await page.getByLabel('案件', { exact: true }).selectOption('fridge-1111-orders-2025');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\?case=fridge-1111-orders-2025/);
  await expect(page.locator('.event-list > li')).toHaveCount(count);
  // The response times: one row per case, in the chart and in its table.
  const cases = await page.locator('figure#response-times svg:visible a[data-case]').count();
  expect(cases).toBeGreaterThanOrEqual(2);
  await expect(page.locator('figure#response-times table tbody tr')).toHaveCount(cases);
});

test('the losses are readable without JavaScript', async ({ page }) => {
  await page.goto('losses/');
  const marks = page.locator('svg[data-chart="figures"]:visible a[data-figure]');
  expect(await marks.count()).toBeGreaterThanOrEqual(10);
  await expect(page.locator('svg[data-chart="figures"]:visible')).toContainText('约4000万元');
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
