import { expect, test } from '@playwright/test';
import { formatQuantity } from '../src/lib/formatQuantity';
import type { Unit } from '../src/schemas/vocabulary';
import { parseCsv } from './support/parseCsv';
import { toSitePath } from './support/sitePaths';

/**
 * The downloads under /data/ against the pages: same counts, same ids, same values. The files
 * are read with a CSV reader of the tests' own (support/parseCsv), not with the site's writer.
 */
test.describe.configure({ mode: 'parallel' });

async function download(request: import('@playwright/test').APIRequestContext, file: string) {
  const response = await request.get(`data/${file}`);
  expect(response.status()).toBe(200);
  return response;
}

test('events.csv has every event on /timeline/, with the date and title shown there', async ({ page, request }) => {
  const rows = parseCsv(await (await download(request, 'events.csv')).text());
  await page.goto('timeline/');
  const items = page.locator('main > .below-fold > .event-list > li');
  await expect(items).toHaveCount(rows.length);
  expect(rows.length).toBeGreaterThan(0);
  const shown = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.id,
      datetime: li.querySelector('time')?.getAttribute('datetime') ?? '',
      title: li.querySelector('.event-title')?.textContent ?? '',
      case: li.getAttribute('data-case') ?? '',
    })),
  );
  // Same order as the timeline, too.
  expect(rows.map((r) => r['id'])).toEqual(shown.map((s) => s.id));
  // A key event's chart label is the one the timeline's marks carry.
  const labels = await page.locator('figure#timeline svg.chart-wide a[data-label]').evaluateAll((marks) => Object.fromEntries(marks.map((a) => [a.getAttribute('data-event'), a.getAttribute('data-label')])));
  expect(rows.filter((r) => r['label']).length).toBeGreaterThan(10);
  for (const row of rows) expect(labels[row['id'] ?? ''] ?? '').toBe(row['label'] ?? '');
  for (const [i, row] of rows.entries()) {
    const item = shown[i];
    expect(item?.datetime).toBe(row['time'] ? `${row['date']}T${row['time']}+08:00` : row['date']);
    expect(item?.title).toBe(row['title']);
    expect(item?.case).toBe(row['case']);
    expect(row['precision']).toBe(['year', 'month', 'day'][(row['date'] ?? '').split('-').length - 1]);
    expect(toSitePath(row['url'] ?? '')).toBe(`cases/${row['case']}/#${row['id']}`);
  }
});

test('figures.csv has every figure, with the value, unit and status its case page shows', async ({ page, request }) => {
  test.setTimeout(120_000); // opens every case or story page: grows with the content
  const rows = parseCsv(await (await download(request, 'figures.csv')).text());
  expect(rows.length).toBeGreaterThan(0);
  const byCase = Map.groupBy(rows, (r) => r['case'] ?? '');
  for (const [caseId, figures] of byCase) {
    await page.goto(`cases/${caseId}/`);
    await expect(page.locator('section:has(#figures) > .table-wrap .figure-table tbody tr')).toHaveCount(figures.length);
    for (const row of figures) {
      const tr = page.locator(`tr#${row['id']}`);
      await expect(tr.locator('th')).toHaveText(row['label'] ?? '');
      const value = row['value'] === '' ? '—' : formatQuantity(Number(row['value']), row['unit'] as Unit, { approx: row['value_approx'] === 'true' });
      await expect(tr.locator('td.num')).toHaveText(value);
      await expect(tr.locator('td').last()).toContainText(row['status_label'] ?? '');
      if (row['derivation']) {
        expect(row['computed_value']).toBe(row['value']);
        await expect(tr).toContainText('本站计算');
      } else {
        expect(row['stated_value']).toBe(row['value']);
      }
    }
  }
});

test('sources.csv has every source listed on /sources/, with its title and use count', async ({ page, request }) => {
  const rows = parseCsv(await (await download(request, 'sources.csv')).text());
  await page.goto('sources/');
  const tr = page.locator('tbody tr');
  await expect(tr).toHaveCount(rows.length);
  const shown = await tr.evaluateAll((trs) => trs.map((t) => ({ id: t.id, cells: [...t.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') })));
  expect(rows.map((r) => r['id'])).toEqual(shown.map((s) => s.id));
  for (const [i, row] of rows.entries()) {
    const cells = shown[i]?.cells ?? [];
    expect(cells[1]).toBe(row['outlet']);
    expect(cells[2]).toBe(row['title']);
    expect(cells[3]).toBe(row['kind_label']);
    expect(cells[4]).toBe(row['cited']);
    expect(toSitePath(row['page'] ?? '')).toBe(`sources/${row['id']}/`);
  }
});

test('cases.json has every case listed on /cases/, with its title, events and figures', async ({ page, request }) => {
  test.setTimeout(120_000); // opens every case page: grows with the content
  const data = (await (await download(request, 'cases.json')).json()) as {
    count: number;
    licence: { name: string };
    cases: { id: string; url: string; title: string; status: string; updated: string; events: string[]; figures: string[]; corrections: unknown[] }[];
  };
  expect(data.licence.name).toBe('CC BY 4.0');
  await page.goto('cases/');
  const cards = page.locator('main .card h3 a');
  await expect(cards).toHaveCount(data.count);
  expect(data.cases).toHaveLength(data.count);
  for (const c of data.cases) {
    await page.goto(toSitePath(c.url));
    await expect(page.locator('h1')).toHaveText(c.title);
    await expect(page.locator('.case .status')).toHaveText(c.status);
    const events = await page.locator('section:has(#timeline) .event-list > li').evaluateAll((lis) => lis.map((li) => li.id));
    expect(events).toEqual(c.events);
    const figures = await page.locator('section:has(#figures) > .table-wrap .figure-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id));
    expect(figures).toEqual(c.figures);
    await expect(page.locator('section.corrections li')).toHaveCount(c.corrections.length);
  }
});

test('the /data/ page links every download and documents every column', async ({ page, request }) => {
  await page.goto('data/');
  for (const file of ['cases.json', 'events.csv', 'figures.csv', 'sources.csv']) {
    const link = page.getByRole('link', { name: file, exact: true });
    await expect(link).toHaveAttribute('download', '');
    await link.getAttribute('href').then((href) => expect(href).toMatch(new RegExp(`/data/${file.replace('.', '\\.')}$`)));
    if (file.endsWith('.csv')) {
      const header = Object.keys(parseCsv(await (await download(request, file)).text())[0] ?? {});
      const documented = await page.locator(`table#${file.replace('.', '-')} tbody th`).allInnerTexts();
      expect(documented).toEqual(header);
    }
  }
  await expect(page.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute('href', /creativecommons\.org\/licenses\/by\/4\.0/);
});
