import { expect, test, type Locator } from '@playwright/test';

/**
 * Tables and lists as a reader on a phone reads them (390 px, the real site). Chinese text may
 * break after any character, so a table wider than the screen used to squeeze a column to one
 * character a line: a figure's label stacked character by character, 2018年7月 broken as
 * 201 / 8年 / 7月, /losses/ 43,700 px tall.
 */
test.use({ viewport: { width: 390, height: 844 } });

/** The width, height, lines of text and font size of every element `locator` matches. */
const boxesOf = (locator: Locator) =>
  locator.evaluateAll((all) =>
    all.map((element) => {
      const box = element.getBoundingClientRect();
      // Lines: the fragments of its text counted once per line (a digit and a Chinese character on
      // one line come from two fonts, and their boxes' tops differ by a pixel or two).
      const range = document.createRange();
      range.selectNodeContents(element);
      const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top).sort((a, b) => a - b);
      const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 4).length;
      return { width: box.width, height: box.height, lines, font: Number.parseFloat(getComputedStyle(element).fontSize), text: element.textContent ?? '' };
    }),
  );

for (const address of ['losses/', 'cases/su7-ultra-carbon-hood/', 'sources/hongxing-2025-11-22-haikou/']) {
  test(`/${address}: each figure reads as a block, its label on the screen's width and every cell named`, async ({ page }) => {
    await page.goto(address);
    const table = page.locator('table.figure-table').filter({ has: page.locator('tbody tr[id]') });
    await expect(table).toHaveCount(1);
    // Still a table to a screen reader: rows, row headers and cells.
    const rows = table.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
    await expect(table.getByRole('rowheader').first()).toBeVisible();
    await expect(table.getByRole('columnheader', { name: '日期' })).toHaveCount(1);
    expect((await boxesOf(table.locator('caption')))[0]?.width).toBeGreaterThan(300);
    for (const label of await boxesOf(table.locator('tbody th[scope="row"]'))) {
      expect(label.width, `the label ${label.text}`).toBeGreaterThan(300);
    }
    // Each cell says which column it is.
    const firstValue = table.locator('tbody tr').first().locator('td').first();
    expect(await firstValue.evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/数值：/);
    for (const date of await boxesOf(table.locator('tbody td time'))) {
      expect(date.lines, `the date ${date.text}`).toBe(1);
      expect(date.height, `the date ${date.text}`).toBeLessThan(date.font * 2);
    }
  });
}

test('/sources/: a date breaks only after its year, and no column is squeezed under three characters', async ({ page }) => {
  await page.goto('sources/');
  const table = page.getByRole('table', { name: '全部来源' });
  // The lines each piece of a date (its year, the rest) takes: one each.
  const pieces = await boxesOf(table.locator('tbody td time > span'));
  expect(pieces.length).toBeGreaterThan(60);
  expect(pieces.some((piece) => /^\d{4}年$/.test(piece.text))).toBe(true);
  for (const piece of pieces) expect(piece.lines, `the date's piece ${piece.text}`).toBe(1);
  for (const cell of await boxesOf(table.locator('tbody td'))) {
    expect(cell.width, `a cell of ${cell.text}`).toBeGreaterThanOrEqual(cell.font * 3);
  }
});

test('an event list keeps each event\'s kind apart from its title', async ({ page }) => {
  await page.goto('cases/su7-ultra-carbon-hood/');
  const gaps = await page.locator('.event-list .event-kind').evaluateAll((tags) =>
    tags.flatMap((tag) => {
      const next = tag.nextElementSibling;
      if (!next) return [];
      const a = tag.getBoundingClientRect();
      const b = next.getClientRects()[0];
      // On the same line, the gap between the tag and what follows it.
      return b && Math.abs(b.top - a.top) < a.height ? [b.left - a.right] : [];
    }),
  );
  expect(gaps.length).toBeGreaterThan(5);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(4);
});

test('the footer\'s links are spaced around their dots', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.site-footer')).toContainText('开放数据 · 更正记录 · 订阅更新');
});

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });
  test('/sources/: each date and each kind of source is one line', async ({ page }) => {
    await page.goto('sources/');
    const table = page.getByRole('table', { name: '全部来源' });
    const cells = await boxesOf(table.locator('tbody td time, tbody td.short'));
    expect(cells.length).toBeGreaterThan(60);
    for (const cell of cells) expect(cell.lines, cell.text).toBe(1);
  });
});
