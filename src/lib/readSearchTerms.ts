const TERM_LISTS = /<ul\b[^>]*\bdata-search-terms\b[^>]*>([\s\S]*?)<\/ul>/g;
const ITEMS = /<li\b[^>]*>([\s\S]*?)<\/li>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * The words a built page declares for search (the items of its `<ul data-search-terms>`, see
 * SearchFacets.astro): names, aliases and keywords. They go into the search lexicon, which the
 * UI uses to cut a query into words.
 */
export function readSearchTerms(html: string): string[] {
  const terms: string[] = [];
  for (const list of html.matchAll(TERM_LISTS)) {
    for (const item of (list[1] ?? '').matchAll(ITEMS)) {
      const text = (item[1] ?? '').replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e).trim();
      if (text) terms.push(text);
    }
  }
  return terms;
}
