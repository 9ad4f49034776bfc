import { expect, test } from '@playwright/test';
import { FINDS, FINDS_NOTHING } from './searchQueries';
import { searchPanel } from './support/searchPanel';

/**
 * Search quality on the built site, in the browser, through the search page as a reader uses it:
 * each query in e2e/searchQueries.ts must bring its page up among the first three results, and
 * each "finds nothing" query must find nothing. Prints the precision.
 */
const MIN_PRECISION = 0.95;

test('search quality: readers’ queries find the right page in the first three results', async ({ page }) => {
  test.setTimeout(120_000);
  const panel = searchPanel(page);
  await page.goto('search/');
  const misses: string[] = [];
  for (const { q, expect: path } of FINDS) {
    await panel.field.fill(q);
    await panel.settled(q);
    const top = (await panel.paths()).slice(0, 3);
    if (!top.includes(path)) misses.push(`${q} → expected ${path}, got ${top.join(', ') || 'nothing'}`);
  }
  const found = FINDS.length - misses.length;
  const precision = found / FINDS.length;
  console.log(`search quality: ${found}/${FINDS.length} queries returned the expected page in the top 3 (${(precision * 100).toFixed(1)}%)`);
  for (const miss of misses) console.log(`  miss: ${miss}`);
  expect(FINDS.length).toBeGreaterThanOrEqual(60);
  expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(MIN_PRECISION);
});

test('search quality: words the site does not hold find nothing, even when their characters are on it', async ({ page }) => {
  const panel = searchPanel(page);
  await page.goto('search/');
  const wrong: string[] = [];
  for (const { q, charactersOnSite } of FINDS_NOTHING) {
    await panel.field.fill(q);
    await panel.settled(q);
    const shown = await panel.paths();
    if (shown.length > 0) wrong.push(`${q} → ${shown.slice(0, 3).join(', ')}`);
    if (charactersOnSite) {
      for (const character of q) {
        await panel.field.fill(character);
        await panel.settled(character);
        if ((await panel.results.count()) === 0) wrong.push(`${q}: its character ${character} is on no page, so the query tests nothing`);
      }
    }
  }
  console.log(`search quality: ${FINDS_NOTHING.length - wrong.length}/${FINDS_NOTHING.length} queries that must find nothing found nothing`);
  expect(FINDS_NOTHING.length).toBeGreaterThanOrEqual(12);
  expect(wrong).toEqual([]);
});
