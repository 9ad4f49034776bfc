import { expect, test } from '@playwright/test';
import { createHantConverter } from '../src/editions/createHantConverter';
import { measureSearchQuality } from './support/measureSearchQuality';

/**
 * Search quality on the built site, in the browser, through the search page as a reader uses it:
 * each query in e2e/searchQueries.ts must bring its page up among the first three results (95% of
 * them at least), and each "finds nothing" query must find nothing. Prints the precision.
 */
const MIN_PRECISION = 0.95;

// Each edition searches its own index, and readers type either script on either edition: the
// queries run as written (Simplified) and converted to Traditional (OpenCC alone, as a reader's
// input method writes them, without the site's exceptions), on both editions, each run held to
// the same threshold. Results are compared by their path inside the edition.
const toHant = createHantConverter({ exceptions: [] }).plain;
for (const edition of [
  { name: 'zh-Hans', prefix: '' },
  { name: 'zh-Hant', prefix: 'zh-hant/' },
]) {
  for (const typed of [
    { name: 'Simplified', spell: (q: string) => q },
    { name: 'Traditional', spell: toHant },
  ]) {
    const run = `${edition.name} edition, ${typed.name} queries`;
    test(`search quality (${run}): readers’ queries find the right page in the first three, and unrelated ones find nothing`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(`${edition.prefix}search/`);
      const quality = await measureSearchQuality(page, typed.spell);
      const precision = quality.found / quality.finds;
      console.log(`search quality (${run}): ${quality.found}/${quality.finds} queries returned the expected page in the top 3 (${(precision * 100).toFixed(1)}%)`);
      for (const miss of quality.misses) console.log(`  miss: ${miss}`);
      console.log(`search quality (${run}): ${quality.clean}/${quality.findsNothing} queries that must find nothing found nothing`);
      expect(quality.finds).toBeGreaterThanOrEqual(60);
      expect(quality.findsNothing).toBeGreaterThanOrEqual(12);
      expect(precision, quality.misses.join('\n')).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(quality.noise).toEqual([]);
      expect(quality.invalid).toEqual([]);
    });
  }
}
