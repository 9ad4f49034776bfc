import type { Page } from '@playwright/test';
import { FINDS, FINDS_NOTHING } from '../searchQueries';
import { searchPanel } from './searchPanel';

export interface SearchQuality {
  /** FINDS queries whose page was among the first three results, of all FINDS. */
  found: number;
  finds: number;
  misses: string[];
  /** FINDS_NOTHING queries that found nothing, of all of them; what the others found. */
  clean: number;
  findsNothing: number;
  noise: string[];
  /** charactersOnSite queries one of whose characters is on no page (they would test nothing). */
  invalid: string[];
}

/**
 * Runs the search-quality queries (e2e/searchQueries.ts) through the search page open in `page`,
 * as a reader types them, and counts: the suite (searchQuality.test.ts) asserts on the counts,
 * the search benchmark compares two engines by them. `spell` writes each query as the reader
 * types it (the suite converts them to Traditional, to search each edition in both scripts).
 */
export async function measureSearchQuality(page: Page, spell: (q: string) => string = (q) => q): Promise<SearchQuality> {
  const panel = searchPanel(page);
  const misses: string[] = [];
  for (const { q: written, expect: path } of FINDS) {
    const q = spell(written);
    await panel.field.fill(q);
    await panel.settled(q);
    const top = (await panel.paths()).slice(0, 3);
    if (!top.includes(path)) misses.push(`${q} → expected ${path}, got ${top.join(', ') || 'nothing'}`);
  }
  const noise: string[] = [];
  const invalid: string[] = [];
  for (const { q: written, charactersOnSite } of FINDS_NOTHING) {
    const q = spell(written);
    await panel.field.fill(q);
    await panel.settled(q);
    const shown = await panel.paths();
    if (shown.length > 0) noise.push(`${q} → ${shown.slice(0, 3).join(', ')}`);
    if (charactersOnSite) {
      for (const character of q) {
        await panel.field.fill(character);
        await panel.settled(character);
        if ((await panel.results.count()) === 0) invalid.push(`${q}: its character ${character} is on no page, so the query tests nothing`);
      }
    }
  }
  return { found: FINDS.length - misses.length, finds: FINDS.length, misses, clean: FINDS_NOTHING.length - noise.length, findsNothing: FINDS_NOTHING.length, noise, invalid };
}
