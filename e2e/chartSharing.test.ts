import { expect, test } from '@playwright/test';

test('each chart offers its data as CSV and a copyable embed code', async ({ page, request }) => {
  await page.goto('cases/fridge-1111-orders-2025/');
  const figure = page.locator('figure#fridge-1111-orders-2025-figures');
  const csvLink = figure.getByRole('link', { name: '下载数据（CSV）' });
  await expect(csvLink).toHaveAttribute('href', /\/data\/charts\/fridge-1111-orders-2025-figures\.csv$/);
  const csv = await request.get((await csvLink.getAttribute('href')) ?? '');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toBe('\uFEFFid,label,value,stated_value,value_from,approx,currency,kind,kind_label,group,date,case,case_title,status,sources,url');
  expect(text).toContain('fridge-compensation,小米提供的补偿（红包）,30,');

  await figure.locator('summary', { hasText: '嵌入本图' }).click();
  const code = figure.getByRole('textbox');
  await expect(code).toHaveValue(/^<iframe src="https?:\/\/[^"]+\/embed\/fridge-1111-orders-2025-figures\/" title="[^"]+" width="100%" height="\d+"/);
});

test('an embed page holds the chart, its caption, its source line and a link back, nothing else', async ({ page }) => {
  await page.goto('embed/timeline/');
  await expect(page.locator('svg[data-chart="timeline"]:visible')).toHaveCount(1);
  await expect(page.locator('figcaption')).toContainText('全部事件时间线');
  await expect(page.locator('.chart-source')).toContainText('数据：');
  await expect(page.getByRole('link', { name: /信任账本：查看完整图表/ })).toHaveAttribute('target', '_top');
  await expect(page.locator('header, nav, footer, form, script')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  // Marks link to the event on the site, in the top window.
  const markLink = page.locator('svg[data-chart="timeline"]:visible a[data-event]').first();
  await expect(markLink).toHaveAttribute('href', /^https?:\/\/.+\/timeline\/#[a-z0-9-]+$/);
  await expect(markLink).toHaveAttribute('target', '_top');
});

test('every chart on a page has its own embed page and CSV', async ({ page, request }) => {
  for (const path of ['timeline/', 'losses/', 'cases/p2p-promotion-2018/']) {
    await page.goto(path);
    const ids = await page.locator('figure[data-chart-id]').evaluateAll((figures) => figures.map((f) => f.getAttribute('data-chart-id')));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect((await request.get(`embed/${id}/`)).status()).toBe(200);
      expect((await request.get(`data/charts/${id}.csv`)).status()).toBe(200);
    }
  }
});
