import { expect, test } from '@playwright/test';

/** /losses/'s behaviour, on the fixture site (e2e/fixtures/site: the `fixture` project). */
const rows = 'figure#losses svg[data-chart="figures"]:visible g.fig-row';

test('every money figure is on a log scale, with its currency, linking to its case and its source', async ({ page }) => {
  await page.goto('losses/');
  const svg = page.locator('figure#losses svg[data-chart="figures"]:visible');
  await expect(svg).toHaveAttribute('data-scale', 'log');
  // The title and the text name the scale the chart is drawn on.
  await expect(page.locator('#losses-title')).toHaveText('各案件的金额（对数刻度）');
  await expect(page.locator('.dek')).toContainText('对数刻度：每相差十倍');
  const marks = page.locator(`${rows} a[data-figure]`);
  const count = await marks.count();
  expect(count).toBe(await page.locator('figure#losses table tbody tr').count());
  for (let i = 0; i < count; i += 1) {
    const link = marks.nth(i);
    const id = await link.getAttribute('data-figure');
    await expect(link).toHaveAttribute('href', new RegExp(`/cases/[a-z0-9-]+/#${id}$`));
    await expect(link.locator('text.bar-value')).toHaveText(/(元|港元|美元)/);
    await expect(link).toHaveAccessibleName(/：约?[\d.]+[万亿]?(元|港元|美元)/);
  }
  await expect(page.locator(`${rows} a.fig-source`).first()).toHaveAttribute('href', /\/sources\/[a-z0-9-]+\/$/);
  // A disputed figure is marked as such.
  await expect(page.locator(`${rows}[data-row="demo-fridge-list-price"] .fig-mark`)).toHaveClass(/is-disputed/);
  await expect(page.locator(`${rows}[data-row="demo-fridge-list-price"]`)).toContainText('有争议');
});

test('filters by kind and case change the chart, the table and the address', async ({ page }) => {
  await page.goto('losses/');
  const all = await page.locator(`${rows}:visible`).count();
  const fullHeight = (await page.locator('figure#losses svg[data-chart="figures"]:visible').boundingBox())?.height ?? 0;
  await page.locator('#losses-kind').selectOption('loss');
  await expect(page).toHaveURL(/\?kind=loss$/);
  const losses = await page.locator(`${rows}:visible`).count();
  expect(losses).toBeGreaterThan(0);
  expect(losses).toBeLessThan(all);
  await expect(page.locator('figure#losses g.fig-group:visible')).toHaveCount(1);
  await page.locator('#losses-case').selectOption('demo-fridge-2025');
  await expect(page.locator(`${rows}:visible`)).toHaveCount(0);
  await expect(page.locator('[data-losses-status]')).toHaveText('没有符合条件的金额。');
  await page.goto('losses/?case=demo-fridge-2025');
  await expect(page.locator('#losses-case')).toHaveValue('demo-fridge-2025');
  const fridge = page.locator(`${rows}:visible`);
  expect(await fridge.count()).toBeGreaterThanOrEqual(4);
  for (const caseId of await fridge.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-case')))) expect(caseId).toBe('demo-fridge-2025');
  // Rows move up: the chart is as tall as what it shows.
  const box = await page.locator('figure#losses svg[data-chart="figures"]:visible').boundingBox();
  expect(box && box.height < fullHeight / 2).toBe(true);
});
