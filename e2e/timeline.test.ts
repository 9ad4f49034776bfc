import { expect, test, type Page } from '@playwright/test';

/**
 * The timeline's behaviour, on the fixture site (e2e/fixtures/site: the `fixture` project), so
 * that no correction to the real content can break it.
 */

/** The timeline SVG the reader sees (wide or narrow, lanes by line or by case). */
const chart = (page: Page) => page.locator('figure#timeline svg[data-chart="timeline"]:visible');
const mark = (page: Page, id: string) => chart(page).locator(`a[data-event="${id}"]`);

test('a deep link opens the timeline on the event, focused and highlighted', async ({ page }) => {
  await page.goto('timeline/#demo-fridge-cancelled');
  await expect(mark(page, 'demo-fridge-cancelled')).toBeFocused();
  await expect(mark(page, 'demo-fridge-cancelled')).toHaveClass(/is-selected/);
  await expect(mark(page, 'demo-fridge-cancelled')).toHaveAccessibleName(/^2025年11月15日，事件：店铺客服通知订单无法发货，补偿30元.*（11.11元冰箱订单/);
  await expect(page.locator('#demo-fridge-cancelled')).toHaveClass(/is-selected/);
  const card = page.locator('figure#timeline .event-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('店铺客服通知订单无法发货');
  await expect(card.locator('time[datetime="2025-11-15"]')).toHaveCount(1);
  await expect(card.getByRole('link', { name: /示例都市报/ })).toHaveAttribute('href', /\/sources\/demo-metro-2025\/$/);
  // The view zooms in around the event: no longer the whole span.
  await expect(page.locator('[data-timeline-status]')).toContainText(/2025年\d+月\d+日至/);
  await expect(chart(page)).toBeInViewport();
});

test('details open and close by keyboard, and arrows move between events', async ({ page }) => {
  await page.goto('timeline/');
  await page.getByRole('button', { name: '全部时间' }).focus();
  await page.keyboard.press('Tab');
  const first = chart(page).locator('a[data-event]:focus');
  await expect(first).toHaveCount(1);
  // One tab stop in the chart: the first event in time.
  await expect(first).toHaveAttribute('data-event', 'demo-wealth-promo');
  await page.keyboard.press('ArrowRight');
  await expect(chart(page).locator('a[data-event]:focus')).toHaveAttribute('data-event', 'demo-wealth-enters');
  await page.keyboard.press('Enter');
  const card = page.locator('figure#timeline .event-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('示例公司开始涉足互联网金融业务');
  await expect(card).toBeFocused();
  await expect(page).toHaveURL(/#demo-wealth-enters$/);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(mark(page, 'demo-wealth-enters')).toBeFocused();
});

test('hovering a mark shows its details', async ({ page }) => {
  // Zoomed in around the fridge orders (by the deep link), then the card closed.
  await page.goto('timeline/#demo-fridge-orders');
  await expect(mark(page, 'demo-fridge-orders')).toBeFocused();
  await page.keyboard.press('Escape');
  await mark(page, 'demo-fridge-report').hover();
  await expect(page.locator('figure#timeline .event-card')).toContainText('示例都市报报道冰箱订单无法发货');
});

test('filters change what is shown and the address', async ({ page }) => {
  await page.goto('timeline/');
  const total = await page.locator('.event-list > li').count();
  await page.getByLabel('案件', { exact: true }).selectOption('demo-fridge-2025');
  await expect(page).toHaveURL(/\?case=demo-fridge-2025$/);
  const fridge = await page.locator('.event-list > li:visible').count();
  expect(fridge).toBeGreaterThan(0);
  expect(fridge).toBeLessThan(total);
  await expect(chart(page).locator('a[data-event]:visible')).toHaveCount(fridge);
  await expect(page.locator('.event-list > li:visible[data-case="demo-wealth-2018"]')).toHaveCount(0);
  // The emptied lane folds away.
  await expect(chart(page).locator('g.lane:visible')).toHaveCount(1);

  await page.getByLabel('事件类别').selectOption('report');
  await expect(page).toHaveURL(/\?case=demo-fridge-2025&kind=report$/);
  const reports = page.locator('.event-list > li:visible');
  expect(await reports.count()).toBeGreaterThan(0);
  for (const kind of await reports.evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')))) expect(kind).toBe('report');
  await expect(page.locator('[data-list-status]')).toContainText(`共${total}个`);

  await page.getByLabel('按案件').check();
  await expect(page).toHaveURL(/lanes=case/);
  await expect(page.locator('.lanes-case svg[data-chart="timeline"]:visible')).toHaveCount(1);
  await expect(page.locator('.lanes-line svg[data-chart="timeline"]:visible')).toHaveCount(0);
});

test('filters are read from the address', async ({ page }) => {
  await page.goto('timeline/?case=demo-wealth-2018&kind=response');
  await expect(page.getByLabel('案件', { exact: true })).toHaveValue('demo-wealth-2018');
  await expect(page.getByLabel('事件类别')).toHaveValue('response');
  const shown = page.locator('.event-list > li:visible');
  await expect(shown).toHaveCount(2);
  await expect(chart(page).locator('a[data-event]:visible')).toHaveCount(2);
});

test('zooming in goes from years down to days, and back', async ({ page }) => {
  await page.goto('timeline/');
  const status = page.locator('[data-timeline-status]');
  await expect(status).toContainText('全部时间');
  const labels = () => chart(page).locator('[data-axis] text').allTextContents();
  // The whole view spans the years, from the first event's (2017; its short stretches on the broken axis have finer ticks).
  expect((await labels())[0]).toMatch(/^2017/);
  const before = await mark(page, 'demo-fridge-report').locator('circle').getAttribute('cx');
  for (let i = 0; i < 9; i += 1) await page.getByRole('button', { name: '放大' }).click();
  await expect(status).not.toContainText('全部时间');
  // Nine doublings of eleven years leave about a week: day ticks.
  expect((await labels()).some((label) => /日$/.test(label))).toBe(true);
  expect(await mark(page, 'demo-fridge-report').locator('circle').getAttribute('cx')).not.toBe(before);
  // The zoomed view is in the address, and opens again from it.
  const span = () => {
    const url = new URL(page.url());
    return (Date.parse(url.searchParams.get('to') ?? '') - Date.parse(url.searchParams.get('from') ?? '')) / 864e5;
  };
  await expect.poll(span).toBeLessThanOrEqual(11);
  const zoomed = page.url();
  await page.getByRole('button', { name: '全部时间' }).click();
  await expect(status).toContainText('全部时间');
  await expect(page).toHaveURL(/\/timeline\/$/);
  await page.goto(zoomed);
  await expect(status).not.toContainText('全部时间');
  expect((await labels()).some((label) => /日$/.test(label))).toBe(true);
});

test('a case page links to its events on the whole timeline', async ({ page }) => {
  await page.goto('cases/demo-fridge-2025/');
  await page.getByRole('link', { name: '在全部事件时间线上查看本案' }).click();
  await expect(page).toHaveURL(/\/timeline\/\?case=demo-fridge-2025$/);
  await expect(page.locator('.event-list > li:visible[data-case="demo-wealth-2018"]')).toHaveCount(0);
  await expect(page.locator('.event-list > li:visible[data-case="demo-fridge-2025"]').first()).toBeVisible();
});

test('every event has its date in <time datetime> and a mark that links to it', async ({ page }) => {
  await page.goto('timeline/');
  // Read in one pass (two round trips per event made this test grow past its time limit).
  const found = await chart(page).evaluate((shown) =>
    [...document.querySelectorAll('.event-list > li')].map((li) => ({
      id: li.id,
      times: li.querySelectorAll('time[datetime]').length,
      marks: [...shown.querySelectorAll(`a[data-event="${CSS.escape(li.id)}"]`)].map((a) => a.getAttribute('href')),
    })),
  );
  expect(found.length).toBeGreaterThan(10);
  expect(found.filter((f) => f.times !== 1 || f.marks.length !== 1 || f.marks[0] !== `#${f.id}`)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the timeline runs down the page', async ({ page }) => {
    await page.goto('timeline/');
    await expect(chart(page)).toHaveAttribute('data-orient', 'v');
    const box = await chart(page).boundingBox();
    expect(box && box.height > box.width).toBe(true);
    // A tap on a mark opens its card (at full range, a busy week's marks overlap; zoom separates
    // them, so tap one that stands alone: the promotion of July 2017).
    await mark(page, 'demo-wealth-promo').click();
    await expect(page.locator('figure#timeline .event-card')).toBeInViewport();
    await expect(page.locator('figure#timeline .event-card')).toContainText('在应用里推广理财平台');
  });
});

test('response times are derived from the events, with an honest note for each case', async ({ page }) => {
  await page.goto('timeline/');
  const figure = page.locator('figure#response-times');
  await expect(figure.locator('svg[data-chart="response-times"]:visible')).toHaveCount(1);
  const rows = figure.locator('table tbody tr');
  await expect(rows).toHaveCount(await figure.locator('svg[data-chart="response-times"]:visible a[data-case]').count());
  // The clock starts when the problem became public, so no day count is negative.
  for (const cell of await rows.locator('td.num').allInnerTexts()) expect(cell).not.toMatch(/^-/);
  // The fridge orders: the first report and the company's explanation came the same day.
  const fridge = rows.filter({ hasText: '冰箱' });
  await expect(fridge.locator('td.num').first()).toHaveText('0');
  await expect(figure.locator('a[data-case="demo-fridge-2025"]:visible')).toHaveAccessibleName(/公开当天/);
  // The band's penalty was decided before it was made public: shown as such, with the reason.
  const band = rows.filter({ hasText: '手环' });
  await expect(band.locator('td.num').last()).toHaveText('公开前');
  await expect(figure.locator('a[data-case="demo-band-2021"]:visible')).toHaveAccessibleName(/问题公开之前（处罚决定作出于2021年/);
});
