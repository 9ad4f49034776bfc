import { expect, test } from '@playwright/test';

test('home → cases → a case → its source → back to the case', async ({ page }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部案件');
  await page.getByRole('link', { name: '小米推广的P2P理财平台接连暴雷' }).click();
  await expect(page).toHaveURL(/\/cases\/p2p-promotion-2018\/$/);
  await page.locator('#source-1').getByRole('link', { name: '来源档案' }).click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { name: '本站在哪里引用它' })).toBeVisible();
  await page.getByRole('link', { name: '小米推广的P2P理财平台接连暴雷' }).first().click();
  await expect(page).toHaveURL(/\/cases\/p2p-promotion-2018\/$/);
});

test('home → stories → a story → a case it covers', async ({ page }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '专题' }).click();
  await page.getByRole('link', { name: '从“米粉专享”到“系统错误”' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('从“米粉专享”到“系统错误”');
  await page.locator('section:has(#story-cases)').getByRole('link', { name: '11.11元冰箱订单被“系统错误”取消' }).click();
  await expect(page).toHaveURL(/\/cases\/fridge-1111-orders-2025\/$/);
});

test('breadcrumbs lead back up', async ({ page }) => {
  await page.goto('cases/fridge-1111-orders-2025/');
  await page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '案件' }).click();
  await expect(page).toHaveURL(/\/cases\/$/);
  await page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('信任账本');
});

test('the sources list links every source to its own page', async ({ page }) => {
  await page.goto('sources/');
  const links = page.locator('tbody a');
  expect(await links.count()).toBeGreaterThanOrEqual(14);
  await links.first().click();
  await expect(page.getByRole('heading', { name: '可靠程度' })).toBeVisible();
});

test('timeline and losses pages render their charts', async ({ page }) => {
  await page.goto('timeline/');
  await expect(page.locator('svg[data-chart="timeline"]:visible')).toHaveCount(1);
  const listed = await page.locator('.event-list > li').count();
  await expect(page.locator('svg[data-chart="timeline"]:visible a[data-event]')).toHaveCount(listed);
  await page.goto('losses/');
  await expect(page.locator('svg[data-chart="figures"]:visible').first()).toBeVisible();
});
