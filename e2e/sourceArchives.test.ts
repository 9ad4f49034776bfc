import { expect, test } from '@playwright/test';
import { readValidatedContent } from '../src/lib/readValidatedContent';
import { siteConfig } from '../src/site.config';

/**
 * Every real source page with an address links to the web archives' look-ups for it (the
 * Wayback Machine's calendar, archive.today's list) and to its known capture where the record
 * has one; a source without an address has none of them.
 */
const graph = readValidatedContent(siteConfig.contentDir);

test('every source page with an address links to its archive look-ups, and to its known capture', async ({ page }) => {
  test.setTimeout(180_000); // every source page: grows with the content
  for (const source of graph.sources) {
    await page.goto(`sources/${source.id}/`);
    const wayback = page.locator('a[data-archive="wayback"]');
    const archiveToday = page.locator('a[data-archive="archive-today"]');
    const known = page.locator('a[data-archived]');
    if (!source.data.url) {
      await expect(wayback.or(archiveToday).or(known), source.id).toHaveCount(0);
      continue;
    }
    const address = source.data.url.replace(/#.*$/, '');
    await expect(wayback, source.id).toHaveAttribute('href', `https://web.archive.org/web/*/${address}`);
    await expect(archiveToday, source.id).toHaveAttribute('href', `https://archive.ph/${address}`);
    if (source.data.archived) await expect(known, source.id).toHaveAttribute('href', source.data.archived.url);
    else await expect(known, source.id).toHaveCount(0);
  }
});
