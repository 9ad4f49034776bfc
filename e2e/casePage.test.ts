import { expect, test } from '@playwright/test';

/**
 * Case pages' behaviour, on the fixture site (e2e/fixtures/site: the `fixture` project), so that
 * no correction to the real content can break it; the editorial rules of the real case files
 * are checked by src/lib/checkEditorialRules.test.ts.
 */
const CASES = [
  { slug: 'demo-wealth-2018', title: '示例手机推广的P2P理财平台暴雷' },
  { slug: 'demo-fridge-2025', title: '11.11元冰箱订单被“系统错误”取消（示例）' },
];

const SECTIONS = ['承诺与宣传', '经过', '受影响的人与金额', '小米的回应', '法律与监管结果', '悬而未决', '争议之处', '时间线', '数字', '当事方', '相似案件', '来源'];

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
      await expect(page.locator('.keybox')).toContainText('回应速览');
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
  await page.goto('cases/demo-fridge-2025/');
  const row = page.locator('#demo-fridge-list-price');
  await expect(row).toContainText('有争议');
  await expect(row.locator('.dispute li')).toHaveCount(2);
  await expect(row.locator('.dispute')).toContainText('三门冰箱');
});

test('a derived figure shows the computation beside the stated value', async ({ page }) => {
  await page.goto('cases/demo-wealth-2018/');
  await expect(page.locator('#demo-wealth-total')).toContainText('本站计算');
  await expect(page.locator('#demo-wealth-total')).toContainText('两者相符');
});

test('a derived figure that disagrees with its source shows both numbers and is marked disputed', async ({ page }) => {
  await page.goto('cases/demo-fridge-2025/');
  // 1499元 − 11.11元 is 1487.89元, but the weekly says 1400元.
  const gap = page.locator('#demo-fridge-gap');
  await expect(gap).toContainText('1487.89元');
  await expect(gap).toContainText('来源所称为1400元');
  await expect(gap).toContainText('两者不符');
  await expect(gap).toContainText('有争议');
  // The key figure is the price the orders were placed at.
  await expect(page.locator('.keybox .key-figure')).toHaveText('11.11元');
});

test('a full case with few money figures still has every section and lists its figures', async ({ page }) => {
  await page.goto('cases/demo-band-2021/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例手环的睡眠广告被罚8万元');
  // Without a response date the key box's heading is also “小米的回应”, so look for the sections outside it.
  for (const section of SECTIONS) {
    await expect(page.locator('article.case > :not(header)').getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.locator('.keybox')).toContainText('本站没有找到示例公司的说明');
  await expect(page.locator('#demo-band-fine-amount')).toContainText('8万元');
});

test('a disputed event shows every version with its sources', async ({ page }) => {
  await page.goto('cases/demo-wealth-2018/');
  const event = page.locator('#demo-wealth-fails');
  await expect(event).toContainText('有争议');
  await expect(event.locator('.dispute li')).toHaveCount(2);
  await expect(event.locator('.dispute')).toContainText('上海');
  await expect(event.locator('.dispute')).toContainText('杭州');
});

test('on one day, an event with a time is listed before the events known only to the day', async ({ page }) => {
  await page.goto('cases/demo-fridge-2025/');
  const ids = await page.locator('section:has(#timeline) .event-list > li').evaluateAll((items) => items.map((li) => li.id));
  expect(ids.indexOf('demo-fridge-report')).toBeGreaterThan(-1);
  expect(ids.indexOf('demo-fridge-report')).toBeLessThan(ids.indexOf('demo-fridge-reply'));
});

test('a derived ratio shows how many times one amount fits into another', async ({ page }) => {
  await page.goto('cases/demo-wealth-2018/');
  await expect(page.locator('#demo-wealth-multiple')).toContainText('800倍');
  await expect(page.locator('#demo-wealth-multiple')).toContainText('本站计算');
});

test('names the most similar cases, with what they share', async ({ page }) => {
  await page.goto('cases/demo-fridge-2025/');
  const similar = page.locator('section:has(#similar) li');
  // The fixture case 示例案件 shares the fridge case's promise, its line and an offer of compensation.
  await expect(similar.first().getByRole('link')).toHaveText('示例案件');
  await expect(similar.first().locator('.note')).toHaveText('同类承诺：订单、定金与价格；同样有补偿或判赔；同属家电');
  await similar.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/cases\/sample-case\/$/);
});
