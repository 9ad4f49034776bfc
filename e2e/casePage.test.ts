import { expect, test } from '@playwright/test';

const CASES = [
  { slug: 'p2p-promotion-2018', title: '小米推广的P2P理财平台接连暴雷' },
  { slug: 'fridge-1111-orders-2025', title: '11.11元冰箱订单被“系统错误”取消' },
];

const SECTIONS = ['承诺与宣传', '经过', '受影响的人与金额', '小米的回应', '法律与监管结果', '悬而未决', '争议之处', '时间线', '数字', '当事方', '来源'];

for (const { slug, title } of CASES) {
  test.describe(`case page ${slug}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`cases/${slug}/`);
    });

    test('has its title, every section and the response box', async ({ page }) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      for (const section of SECTIONS) {
        await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
      }
      await expect(page.locator('.keybox')).toContainText('小米的回应');
      await expect(page).toHaveTitle(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}｜信任账本`));
    });

    test('draws the timeline as SVG with one mark per listed event', async ({ page }) => {
      const events = page.locator('#timeline ~ .event-list > li, section:has(#timeline) .event-list > li');
      const eventCount = await events.count();
      expect(eventCount).toBeGreaterThanOrEqual(2);
      const svg = page.locator('section:has(#timeline) svg[data-chart="timeline"]:visible');
      await expect(svg).toHaveCount(1);
      await expect(svg.locator('a[data-event]')).toHaveCount(eventCount);
      // Every mark links to an event that is on the page, and every event shows its date in <time>.
      const targets = await svg.locator('a[data-event]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const href of targets) await expect(page.locator(`${href} time[datetime]`)).toHaveCount(1);
    });

    test('charts its money figures and lists every figure with its status', async ({ page }) => {
      const chart = page.locator('section:has(#figures) svg[data-chart="figures"]:visible');
      await expect(chart).toHaveCount(1);
      // Each mark links to its figure's row in the table below.
      for (const href of await chart.locator('a[data-figure]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        await expect(page.locator(`section:has(#figures) > .table-wrap tr${href}`)).toHaveCount(1);
      }
      const rows = page.locator('section:has(#figures) > .table-wrap .figure-table tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(2);
      await expect(rows.first().locator('td').last()).toContainText(/据报道|已证实|有争议/);
    });

    test('links each citation to a numbered source that links back', async ({ page }) => {
      const citation = page.locator('.case-body sup.cite a').first();
      const href = await citation.getAttribute('href');
      expect(href).toMatch(/^#source-\d+$/);
      await citation.click();
      const source = page.locator(href ?? '');
      await expect(source).toBeVisible();
      await expect(source.getByRole('link', { name: '来源档案' })).toHaveAttribute('href', /\/sources\/[a-z0-9-]+\/$/);
      await source.locator('.backlinks').click();
      await expect(page).toHaveURL(/#cite-\d+-1$/);
    });
  });
}

test('a disputed figure shows every version with its sources', async ({ page }) => {
  await page.goto('cases/fridge-1111-orders-2025/');
  const row = page.locator('#fridge-list-price');
  await expect(row).toContainText('有争议');
  await expect(row.locator('.dispute li')).toHaveCount(2);
  await expect(row.locator('.dispute')).toContainText('三门冰箱');
});

test('a derived figure shows the computation beside the stated value', async ({ page }) => {
  await page.goto('cases/p2p-promotion-2018/');
  await expect(page.locator('#p2p-li-total')).toContainText('本站计算');
  await expect(page.locator('#p2p-li-total')).toContainText('两者相符');
});
