import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatQuantity } from '../src/lib/formatQuantity';
import type { Unit } from '../src/schemas/vocabulary';
import { parseCsv } from './support/parseCsv';
import { toSitePath } from './support/sitePaths';

test('each chart offers its data as CSV and a copyable embed code', async ({ page, request }) => {
  await page.goto('cases/fridge-1111-orders-2025/');
  const figure = page.locator('figure#fridge-1111-orders-2025-figures');
  const csvLink = figure.getByRole('link', { name: '下载数据（CSV）' });
  await expect(csvLink).toHaveAttribute('href', /\/data\/charts\/fridge-1111-orders-2025-figures\.csv$/);
  const csv = await request.get((await csvLink.getAttribute('href')) ?? '');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toBe('\uFEFFid,label,value,stated_value,value_from,value_approx,unit,kind,kind_label,group,date,case,case_title,status,sources,url');
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

/** The columns /data/ documents for a chart's CSV, by the kind of chart (its SVG's data-chart). */
async function documentedColumns(page: Page): Promise<Record<string, string[]>> {
  await page.goto('data/');
  const columns = (anchor: string) => page.locator(`table#${anchor} tbody th`).allInnerTexts();
  return { timeline: await columns('charts-timeline'), figures: await columns('charts-figures'), 'response-times': await columns('charts-response-times') };
}

async function chartCsv(request: APIRequestContext, id: string): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const text = await (await request.get(`data/charts/${id}.csv`)).text();
  return { header: (text.replace(/^\uFEFF/, '').split('\r\n')[0] ?? '').split(','), rows: parseCsv(text) };
}

test('every chart’s CSV has the columns /data/ documents and the rows its chart draws', async ({ page, request }) => {
  test.setTimeout(120_000); // opens every case page: grows with the content
  const documented = await documentedColumns(page);
  const cases = (await (await request.get('data/cases.json')).json()) as { cases: { id: string }[] };
  const pages = ['timeline/', 'losses/', ...cases.cases.map((c) => `cases/${c.id}/`)];
  const seen = new Set<string>();
  for (const path of pages) {
    await page.goto(path);
    for (const figure of await page.locator('figure[data-chart-id]').all()) {
      const id = (await figure.getAttribute('data-chart-id')) ?? '';
      const svg = figure.locator('svg[data-chart]:visible').first();
      const kind = (await svg.getAttribute('data-chart')) ?? '';
      const { header, rows } = await chartCsv(request, id);
      expect(header, id).toEqual(documented[kind]);
      seen.add(id);
      for (const row of rows) for (const flag of ['disputed', 'value_approx']) if (flag in row) expect(['true', 'false'], `${id} ${flag}`).toContain(row[flag]);
      if (kind === 'timeline') {
        const marks = await svg.locator('a[data-event]').evaluateAll((links) => links.map((a) => a.getAttribute('data-event')));
        expect(rows.map((r) => r['id']).sort(), id).toEqual(marks.sort());
        for (const row of rows) {
          const item = page.locator(`.event-list > li#${row['id']}`);
          await expect(item.locator('time').first()).toHaveAttribute('datetime', row['time'] ? `${row['date']}T${row['time']}+08:00` : (row['date'] ?? ''));
          await expect(item.locator('.event-title')).toHaveText(row['title'] ?? '');
          expect(toSitePath(row['url'] ?? '')).toBe(`${path}#${row['id']}`);
        }
      } else if (kind === 'figures') {
        const marks = await svg.locator('a[data-figure]').evaluateAll((links) => links.map((a) => a.getAttribute('data-figure')));
        expect(rows.map((r) => r['id']).sort(), id).toEqual(marks.sort());
        for (const row of rows) {
          const mark = svg.locator(`g.fig-row[data-row="${row['id']}"]`);
          const value = formatQuantity(Number(row['value']), row['unit'] as Unit, { approx: row['value_approx'] === 'true' });
          await expect(mark.locator('text.bar-value')).toContainText(value);
          const group = await mark.getAttribute('data-group');
          await expect(svg.locator(`g.fig-group[data-group="${group}"] text.fig-group-label`)).toHaveText(row['group'] ?? '');
          await expect(mark.locator('.fig-mark').last()).toHaveClass(row['status'] === 'disputed' ? /is-disputed/ : /^(?!.*is-disputed)/);
        }
      } else {
        const marks = await svg.locator('a[data-case]').evaluateAll((links) => links.map((a) => a.getAttribute('data-case')));
        expect(rows.map((r) => r['case']), id).toEqual(marks);
        for (const row of rows) {
          const name = svg.locator(`a[data-case="${row['case']}"]`);
          const [min, max] = [row['response_days_min'], row['response_days_max']];
          if (row['response_before_start']) await expect(name).toHaveAccessibleName(new RegExp(`小米回应：问题公开之前`));
          else if (row['response_status'] === 'none') await expect(name).toHaveAccessibleName(/未找到小米的回应/);
          else if (min && min === max) await expect(name).toHaveAccessibleName(new RegExp(`小米回应：公开${min === '0' ? '当天' : `后${min}天`}`));
          else if (min) await expect(name).toHaveAccessibleName(new RegExp(`小米回应：公开后${min}至${max}天`));
          else await expect(name).toHaveAccessibleName(/小米有回应，日期不详/);
        }
      }
    }
  }
  expect([...seen]).toEqual(expect.arrayContaining(['timeline', 'response-times', 'losses']));
});
