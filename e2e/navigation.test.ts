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
  await expect(page.locator('svg[data-chart="bars"]:visible').first()).toBeVisible();
});

test('a story links into the case files it draws on, relative to the base path', async ({ page }) => {
  await page.goto('stories/kol-affair-and-user-sovereignty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('二十四小时里的“用户主权”：一次博主合作风波改变了什么');
  await page.locator('.story-body').getByRole('link', { name: 'P2P推广案件' }).click();
  await expect(page).toHaveURL(/\/cases\/p2p-promotion-2018\/$/);
});

test('a story links to the cases it tells, and the links resolve', async ({ page }) => {
  await page.goto('stories/su7-from-launch-to-courtroom/');
  await page.locator('.prose').getByRole('link', { name: '定金与尾款档案' }).click();
  await expect(page).toHaveURL(/\/cases\/su7-orders-deposits\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SU7的定金、锁单与尾款：海口法院判小米双倍返还定金');
});

test('the overview story lists every case in its table and its links lead to the case files', async ({ page }) => {
  await page.goto('stories/overview-promise-incident-response/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('承诺、事故、回应：小米九年信任纠纷的一本总账');
  const table = page.locator('.story-body table');
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expect(table.locator('sup.cite a').first()).toHaveAttribute('href', /^#source-\d+$/);
  await table.getByRole('link', { name: '前舱盖', exact: true }).click();
  await expect(page).toHaveURL(/\/cases\/su7-ultra-carbon-hood\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SU7 Ultra碳纤维双风道前舱盖：4.2万元选装件引发的维权与诉讼');
});
