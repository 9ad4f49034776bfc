import { expect, test } from '@playwright/test';

/**
 * Party pages on the fixture site: 示例公司 is a party to every case; its unit 示例公司客服部
 * offered the fridge case's 30 yuan, and 示例市场监管局 fined it 8万元 in the band case.
 */
test('the index lists every party by kind, and leads to its page', async ({ page }) => {
  await page.goto('entities/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('当事方');
  const regulators = page.locator('section:has(h2#kind-regulator)');
  await regulators.getByRole('link', { name: '示例市场监管局' }).click();
  await expect(page).toHaveURL(/\/entities\/demo-regulator\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例市场监管局');
});

test('a company\'s page adds up what it and its units were fined, ordered to pay and offered, by currency', async ({ page }) => {
  await page.goto('entities/sample-company/');
  const totals = page.locator('section:has(#totals)');
  await expect(totals).toContainText('包括下属的1个公司与部门');
  await expect(totals.locator('dt', { hasText: '被处罚款' }).locator('..')).toContainText('8万元');
  await expect(totals.locator('dt', { hasText: '提出的补偿' }).locator('..')).toContainText('补偿：30元');
  // Each figure links to its row on its case page.
  await totals.getByRole('link', { name: '补偿' }).click();
  await expect(page).toHaveURL(/\/cases\/demo-fridge-2025\/#demo-fridge-compensation$/);
  await expect(page.locator('#demo-fridge-compensation')).toBeVisible();
});

test('a party\'s page lists its cases, its events linked to their anchors, and its response clocks', async ({ page }) => {
  await page.goto('entities/demo-regulator/');
  await expect(page.locator('section:has(#party-cases) li.card')).toHaveCount(1);
  await expect(page.locator('section:has(#totals)')).toContainText('作出的罚款');
  await expect(page.locator('section:has(#totals) tbody tr')).toHaveCount(1);
  const event = page.locator('section:has(#party-events)').getByRole('link', { name: '示例市场监管局作出行政处罚决定' });
  await expect(event).toHaveAttribute('href', /\/cases\/demo-band-2021\/#demo-band-fine$/);
  await event.click();
  await expect(page.locator('#demo-band-fine')).toBeInViewport();
});

test('a case page links each of its parties to its page', async ({ page }) => {
  await page.goto('cases/demo-wealth-2018/');
  const parties = page.locator('section:has(#parties)');
  await parties.getByRole('link', { name: '万能的小熊' }).click();
  await expect(page).toHaveURL(/\/entities\/demo-bear\/$/);
  await expect(page.locator('.kicker')).toHaveText('当事方 · 人物');
  await expect(page.locator('section:has(#totals)')).toHaveCount(0);
});
