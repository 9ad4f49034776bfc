import { z } from 'astro/zod';
import { SEARCH_NAMES } from '../search/searchConfig';

/**
 * A word a page is found and named by in the search index (a case's or story's keyword, a
 * source's outlet or author): the index joins a page's names with SEARCH_NAMES.separator, so a
 * name may not hold it.
 */
export function searchWord() {
  return z
    .string()
    .min(1)
    .refine((word) => !word.includes(SEARCH_NAMES.separator), `may not hold "${SEARCH_NAMES.separator}": it separates a page's names in the search index; write two words instead`);
}
