import { expect, test } from '@playwright/test';

const CASES = [
  { slug: 'p2p-promotion-2018', title: '小米推广的P2P理财平台接连暴雷' },
  { slug: 'fridge-1111-orders-2025', title: '11.11元冰箱订单被“系统错误”取消' },
  { slug: 'kol-wanneng-daxiong-2026', title: '小米接触博主“万能的大熊”，24小时内辞退员工、处分两名高管' },
  { slug: 'market-value-fall-2025', title: '两个月市值蒸发超5300亿港元：数字怎么算，又说明了什么' },
  { slug: 'su7-ultra-carbon-hood', title: 'SU7 Ultra碳纤维双风道前舱盖：4.2万元选装件引发的维权与诉讼' },
  { slug: 'su7-orders-deposits', title: 'SU7的定金、锁单与尾款：海口法院判小米双倍返还定金' },
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

test('a derived figure that disagrees with its source shows both numbers and is marked disputed', async ({ page }) => {
  await page.goto('cases/market-value-fall-2025/');
  // The opinion piece: 15482亿 − 9818亿 is 5664亿, but it says 5300亿.
  const opinion = page.locator('#mv-fall-opinion');
  await expect(opinion).toContainText('5664亿港元');
  await expect(opinion).toContainText('来源所称为5300亿港元');
  await expect(opinion).toContainText('两者不符');
  await expect(opinion).toContainText('有争议');
  // 第一财经's figures, recomputed from the closing price: above its "over 5300亿", approximate
  // because the share count is.
  const byClose = page.locator('#mv-fall-by-close');
  await expect(byClose).toContainText('约5372.5亿港元');
  await expect(byClose).toContainText('本站计算');
  await expect(page.locator('#mv-change-by-close')).toContainText('-34.7%');
  // The key figure is 第一财经's own lower bound, labelled as one.
  await expect(page.locator('.keybox .key-figure')).toHaveText('5300亿港元');
  await expect(page.locator('.keybox')).toContainText('下限');
});

test('a full case with few money figures still has every section and lists its figures', async ({ page }) => {
  await page.goto('cases/mi-band-5-advertising-fine/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('小米手环5 NFC版“24小时睡眠监测”广告被罚8万元');
  // Without a response date the key box's heading is also “小米的回应”, so look for the sections outside it.
  for (const section of SECTIONS) {
    await expect(page.locator('article.case > :not(header)').getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.locator('.keybox')).toContainText('未见回应');
  await expect(page.locator('#miband-fine')).toContainText('8万元');
  await expect(page.locator('#miband-night-threshold')).toContainText('60分钟');
});

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

test('a disputed event shows every version with its sources', async ({ page }) => {
  await page.goto('cases/su7-crash-anhui-2025/');
  const event = page.locator('#anhui-crash');
  await expect(event).toContainText('有争议');
  await expect(event.locator('.dispute li')).toHaveCount(2);
  await expect(event.locator('.dispute')).toContainText('安徽');
  await expect(event.locator('.dispute')).toContainText('四川');
});

test('on one day, an event with a time is listed before the events known only to the day', async ({ page }) => {
  await page.goto('cases/su7-ultra-crash-chengdu-2025/');
  const ids = await page.locator('section:has(#timeline) .event-list > li').evaluateAll((items) => items.map((li) => li.id));
  expect(ids[0]).toBe('chengdu-crash');
  expect(ids.indexOf('chengdu-crash')).toBeLessThan(ids.indexOf('chengdu-doors-would-not-open'));
});

test('a derived ratio shows how many times the offer fits into the price', async ({ page }) => {
  await page.goto('cases/su7-ultra-carbon-hood/');
  await expect(page.locator('#hood-price-offer-multiple')).toContainText('21倍');
  await expect(page.locator('#hood-price-offer-multiple')).toContainText('本站计算');
});
