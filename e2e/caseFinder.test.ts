import { expect, test, type Page } from '@playwright/test';

/**
 * The case finder on /cases/, on the fixture site: four cases, of which 示例手环 was penalised
 * (a regulator among its parties), the fridge case had an offer of money from a unit of 示例公司,
 * 示例案件 an offer tied to no one, and the P2P case came to nothing yet.
 */
const TITLES = {
  band: '示例手环的睡眠广告被罚8万元',
  fridge: '11.11元冰箱订单被“系统错误”取消（示例）',
  sample: '示例案件',
  wealth: '示例手机推广的P2P理财平台暴雷',
};

const shown = (page: Page) => page.locator('main li.card:visible h3');
const finder = (page: Page) => page.getByRole('search', { name: '筛选案件' });

test('without JavaScript the list is complete and grouped, and the finder is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('cases/?outcome=penalty');
  await expect(shown(page)).toHaveCount(4);
  await expect(page.getByRole('heading', { level: 2, name: '家电' })).toBeVisible();
  await expect(page.locator('form[data-case-finder]')).toBeHidden();
  await context.close();
});

test('a shared address opens the filtered list', async ({ page }) => {
  await page.goto('cases/?outcome=penalty');
  await expect(shown(page)).toHaveText([TITLES.band]);
  await expect(finder(page).getByLabel('结果')).toHaveValue('penalty');
  await expect(finder(page).locator('[data-finder-status]')).toHaveText('符合条件的案件：1个（共4个）。');
  // Groups with no case left fold away.
  await expect(page.getByRole('heading', { level: 2, name: '家电' })).toBeHidden();
  await page.goto('cases/?money=yes');
  await expect(shown(page)).toHaveText([TITLES.fridge]);
  await page.goto('cases/?acted=regulator&line=%E6%99%BA%E8%83%BD%E7%A1%AC%E4%BB%B6');
  await expect(shown(page)).toHaveText([TITLES.band]);
  await page.goto('cases/?outcome=none');
  await expect(shown(page)).toHaveText([TITLES.wealth]);
  // 示例案件 has an offer in money, but from no one the record names: an offer, not money returned.
  await page.goto('cases/?outcome=compensation&sort=date');
  await expect(shown(page)).toHaveText([TITLES.sample, TITLES.fridge]);
  await page.goto('cases/?outcome=recall');
  await expect(shown(page)).toHaveCount(0);
  await expect(finder(page).locator('[data-finder-status]')).toHaveText('没有符合条件的案件。');
});

test('filters and orders in the browser, with the state in the address and the history', async ({ page }) => {
  await page.goto('cases/');
  const form = finder(page);
  await form.getByLabel('业务线').selectOption('家电');
  await expect(page).toHaveURL(/\/cases\/\?line=%E5%AE%B6%E7%94%B5$/);
  await expect(shown(page)).toHaveText([TITLES.fridge, TITLES.sample]);
  // Another order puts the matching cases in one list: newest first.
  await form.getByLabel('排列').selectOption('date');
  await expect(page).toHaveURL(/\?line=%E5%AE%B6%E7%94%B5&sort=date$/);
  await expect(page.getByRole('heading', { level: 2, name: '筛选结果' })).toBeVisible();
  await expect(shown(page)).toHaveText([TITLES.sample, TITLES.fridge]);
  await form.getByLabel('年份').selectOption('2021');
  await expect(shown(page)).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\?line=%E5%AE%B6%E7%94%B5&sort=date$/);
  await expect(shown(page)).toHaveText([TITLES.sample, TITLES.fridge]);
  await expect(form.getByLabel('年份')).toHaveValue('');
  await form.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/cases\/$/);
  await expect(shown(page)).toHaveCount(4);
  await expect(page.getByRole('heading', { level: 2, name: '筛选结果' })).toBeHidden();
});

test('the finder loads only when the reader reaches for it, and works from the keyboard', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(request.url()));
  await page.goto('cases/');
  await page.waitForTimeout(500);
  expect(scripts.filter((url) => url.includes('mountCaseFinder'))).toEqual([]);
  const line = finder(page).getByLabel('业务线');
  await line.focus();
  await expect.poll(() => scripts.some((url) => url.includes('mountCaseFinder'))).toBe(true);
  await line.press('ArrowDown');
  await expect(page).toHaveURL(/\?line=/);
  await expect(shown(page)).toHaveCount(1);
});
