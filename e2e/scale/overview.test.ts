import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The whole-site pages past the overview's threshold (src/charts/overviewDefaults.ts), on a
 * generated site of 1,000 cases (serveScaleSite.ts): 6,000 events and 4,000 figures, each year
 * crowded enough to be split into months. Case N of the generator falls in year 2015 + N % 11,
 * month 1 + N % 12: case-7 in 2022-08.
 */

const chart = (page: Page) => page.locator('figure#timeline svg[data-chart="timeline"]:visible');
const mark = (page: Page, id: string) => chart(page).locator(`a[data-event="${id}"]`);

test('/timeline/ is an overview: counts per period and line, key events named, a link to every period', async ({ page }) => {
  await page.goto('timeline/');
  await expect(page.locator('figure#timeline svg.period-grid')).toBeVisible();
  // No list of every event, no explorer: the period pages have them.
  await expect(page.locator('.event-list')).toHaveCount(0);
  const periods = page.locator('.period-links a');
  expect(await periods.count()).toBeGreaterThan(100);
  await expect(page.locator('.period-links a').first()).toHaveAttribute('href', '/xinren/timeline/2015-01/');
  // The grid links each period's column to its page, named with its counts.
  await expect(page.locator('svg.period-grid a').first()).toHaveAttribute('aria-label', /^2015年1月：互联网金融\d+，/);
  // The key events are named on the overview's timeline, and link to their period's page.
  expect(await page.locator('figure#timeline svg.chart-wide .tl-labels text').count()).toBeGreaterThanOrEqual(10);
  await expect(page.locator('figure#timeline svg.chart-wide a[href*="/timeline/20"]').first()).toHaveAttribute('href', /^\/xinren\/timeline\/\d{4}-\d{2}\/#case-\d+-event-[14]$/);
});

test('a deep link to an event leads to its period page, on the event', async ({ page }) => {
  await page.goto('timeline/#case-7-event-2');
  await expect(page).toHaveURL(/\/xinren\/timeline\/2022-08\/#case-7-event-2$/);
  await expect(mark(page, 'case-7-event-2')).toBeFocused();
  await expect(mark(page, 'case-7-event-2')).toHaveClass(/is-selected/);
  await expect(page.locator('figure#timeline .event-card')).toBeVisible();
});

test('the filters in the address lead to the period page and apply there', async ({ page }) => {
  await page.goto('timeline/?case=case-7&kind=report');
  await expect(page).toHaveURL(/\/xinren\/timeline\/2022-08\/\?case=case-7&kind=report$/);
  await expect(page.locator('#timeline-case')).toHaveValue('case-7');
  await expect(page.locator('#timeline-kind')).toHaveValue('report');
  await expect(page.locator('[data-list-status]')).toContainText('筛选后显示1个事件');
  await expect(page.locator('.event-list > li:visible')).toHaveCount(1);

  await page.goto('timeline/?from=2022-08-05&to=2022-08-16');
  await expect(page).toHaveURL(/\/xinren\/timeline\/2022-08\/\?from=2022-08-05&to=2022-08-16$/);
  await expect(page.locator('[data-timeline-status]')).toContainText('2022年8月5日至');
});

test('a period page keeps its own filters and deep links, and links to its neighbours', async ({ page }) => {
  await page.goto('timeline/2022-08/?case=case-7#case-7-event-0');
  await expect(page.locator('#timeline-case')).toHaveValue('case-7');
  await expect(mark(page, 'case-7-event-0')).toBeFocused();
  await expect(page.getByRole('navigation', { name: '其他时期' }).getByRole('link', { name: /2022年7月/ })).toHaveAttribute('href', '/xinren/timeline/2022-07/');
});

test('a period page\'s links to its neighbours stand apart, not run together', async ({ page }) => {
  for (const address of ['timeline/2022-08/', 'losses/2022-08/']) {
    await page.goto(address);
    const links = page.getByRole('navigation', { name: '其他时期' }).getByRole('link');
    await expect(links).toHaveText([/← 2022年7月/, '全部时期', /2022年9月 →/]);
    const boxes = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      // Side by side with a gap, or wrapped onto the next line.
      expect(b.left - a.right >= 12 || b.top >= a.bottom, `${address}: link ${i} touches link ${i - 1}`).toBe(true);
    }
  }
});

test('/losses/ is an overview; a case filter or a figure link leads to its period page', async ({ page }) => {
  await page.goto('losses/');
  await expect(page.locator('figure#losses svg.period-grid')).toBeVisible();
  // The title says what is drawn: counts per period, and the largest amounts, on the scale they are
  // drawn on (these synthetic amounts span less than a factor of 1,000: linear).
  await expect(page.locator('figure#losses svg[data-scale]').first()).toHaveAttribute('data-scale', 'linear');
  await expect(page.locator('#losses-title')).toHaveText(/^各时期的金额个数，与每类最大的\d+个金额（线性刻度）$/);
  await expect(page.locator('figure#losses .chart-note')).toContainText('线性刻度');
  await expect(page.locator('.dek')).not.toContainText('对数刻度');
  await page.goto('losses/2022-08/');
  await expect(page.locator('figure#losses svg[data-scale]').first()).toHaveAttribute('data-scale', 'linear');
  await expect(page.locator('#losses-title')).toHaveText('2022年8月的金额（线性刻度）');
  await expect(page.locator('.dek')).toContainText('线性刻度：长度与数值成正比');
  await page.goto('losses/?case=case-7');
  await expect(page).toHaveURL(/\/xinren\/losses\/2022-08\/\?case=case-7$/);
  await expect(page.locator('#losses-case')).toHaveValue('case-7');
  await page.goto('losses/#case-7-people');
  await expect(page).toHaveURL(/\/xinren\/losses\/2022-08\/#case-7-people$/);
  await expect(page.locator('[id="case-7-people"]')).toHaveCount(1);
});

test('the home page lists the latest cases and names the key events', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.card-list').first().locator('> li')).toHaveCount(12);
  await expect(page.getByRole('heading', { name: '最新案件（共1000个）' })).toBeVisible();
  await expect(page.locator('figure#timeline svg.period-grid')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview links to every period page, which lists its events with their anchors', async ({ page }) => {
    await page.goto('timeline/');
    await page.locator('.period-links a', { hasText: '2022年8月' }).click();
    await expect(page).toHaveURL(/\/xinren\/timeline\/2022-08\/$/);
    await expect(page.locator('.event-list > li#case-7-event-2')).toBeVisible();
    await expect(page.locator('figure#timeline .lanes-line svg.chart-wide a[data-event="case-7-event-2"]')).toHaveAttribute('href', '#case-7-event-2');
  });
});

test.describe('accessibility', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const path of ['', 'timeline/', 'losses/', 'timeline/2022-08/', 'losses/2022-08/']) {
    test(`no WCAG 2.2 AA violations on /${path}`, async ({ page }) => {
      await page.goto(path || './');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
    });
  }
});
