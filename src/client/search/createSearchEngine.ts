import type { SearchLexicon } from '../../search/readSearchLexicon';
import type { IndexedPage } from './buildResultView';
import { normalizeQuery } from '../../search/normalizeQuery';
import { SEARCH_TYPES } from '../../search/searchConfig';
import type { SearchState } from './readSearchState';
import { segmentQuery, type QueryWord } from '../../search/segmentQuery';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<IndexedPage>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Counts of results per filter value, each counted with the other filters applied (once read). */
export type FacetCounts = Partial<Record<'type' | 'line' | 'year', Map<string, number>>>;

export interface SearchOutcome {
  /** The words the query was cut into (see segmentQuery). */
  words: QueryWord[];
  /** Results in order, after filters: call load() for what to show. */
  results: { id: string; load(): Promise<IndexedPage> }[];
  /** How many results the query has before filters. */
  unfiltered: number;
  facets: FacetCounts;
}

export interface SearchEngine {
  /** `withFacets`: also count results for every line and year (reads their filter data). */
  search(state: SearchState, withFacets?: boolean): Promise<SearchOutcome>;
  /** Lower-cases and Simplifies a text as queries are, keeping its length (to find words in results). */
  fold(text: string): string;
}

/**
 * Ranks by content type after the index's own score: readers come to find a case; stories and
 * sources that mention the same words follow it unless they are much more about them.
 */
const TYPE_WEIGHT: Record<string, number> = { 案件: 1.6, 专题: 1.25, 来源: 1 };
const FACET_KEYS = ['type', 'line', 'year'] as const;

function exactTerm(tokens: readonly string[]): string {
  return `"${tokens.join(' ')}"`;
}

/**
 * Search over the Pagefind index, with words matched as words.
 *
 * The index holds one Chinese character per word (see src/lib/prepareHtmlForIndex.ts), so an
 * exact Pagefind search for "冰 箱" finds exactly the pages where 冰箱 is written. A query is
 * cut into words (segmentQuery); on a large site, words on most pages (the lexicon's `common`,
 * such as 小米) are dropped when the query has others; a page is a result only if it holds every word: Chinese words
 * and numbers with units as written (exact search), Latin words as a prefix (normal search).
 * Pages that hold a word's characters only apart are not results: 疫苗 does not find 疫情…苗圃.
 * Order by relevance: pages holding the whole query as one phrase first, then Pagefind's score
 * (BM25 over the characters, title matches boosted) times a weight per content type; or by date.
 *
 * Pagefind runs unfiltered and each search is cached, so filters, counts and order are worked
 * out here from per-filter page sets that are read once (filter-only searches). `filterValues`
 * are the values each filter can take (type as the index names it: 案件, 专题, 来源).
 */
export async function createSearchEngine(base: string, filterValues: Record<(typeof FACET_KEYS)[number], readonly string[]>): Promise<SearchEngine> {
  const [pagefind, lexicon] = await Promise.all([
    // A computed URL, not a bundled module: Pagefind's files exist only after the build.
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
    fetch(`${base}pagefind/lexicon.json`)
      .then((response) => (response.ok ? (response.json() as Promise<SearchLexicon>) : { t2s: '', words: [], common: [], synonyms: [], pages: 0 }))
      .catch((): SearchLexicon => ({ t2s: '', words: [], common: [], synonyms: [], pages: 0 })),
  ]);
  await pagefind.options({ baseUrl: base, excerptLength: 40, ranking: { pageLength: 0.2, termSaturation: 1.2, metaWeights: { title: 4 } } });

  const pairs = Array.from(lexicon.t2s);
  const t2s = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) t2s.set(pairs[i] ?? '', pairs[i + 1] ?? '');
  const words = new Set(lexicon.words);
  const common = new Set(lexicon.common);
  const traditional = t2s.size > 0 ? new RegExp(`[${[...t2s.keys()].join('')}]`, 'gu') : undefined;
  const fold = (text: string): string => {
    const simplified = traditional ? text.replace(traditional, (c) => (t2s.get(c)?.length === c.length ? (t2s.get(c) ?? c) : c)) : text;
    const lower = simplified.toLowerCase();
    return lower.length === text.length ? lower : simplified;
  };

  const searches = new Map<string, Promise<Map<string, PagefindResult>>>();
  function run(term: string): Promise<Map<string, PagefindResult>> {
    let found = searches.get(term);
    if (!found) {
      found = pagefind.search(term).then((response) => new Map((response?.results ?? []).map((r) => [r.id, r])));
      searches.set(term, found);
    }
    return found;
  }

  // Which pages carry each filter value, read once per filter with filter-only searches. The
  // type is read with the first search (it weighs in the ranking); line and year only when a
  // search uses them or the reader turns to the filters, and the date order only for sorting by
  // date: on a large site each costs tens of kilobytes.
  // The values come from the page (the form lists them): Pagefind's filters() would read every
  // filter's data at once.
  const facetPages = new Map<string, Promise<Map<string, Set<string>>>>();
  function pagesByValue(key: (typeof FACET_KEYS)[number]): Promise<Map<string, Set<string>>> {
    let pages = facetPages.get(key);
    if (!pages) {
      pages = Promise.all(
        filterValues[key].map(async (value) => {
          const response = await pagefind.search(null, { filters: { [key]: value } });
          return [value, new Set((response?.results ?? []).map((r) => r.id))] as const;
        }),
      ).then((entries) => new Map(entries));
      facetPages.set(key, pages);
    }
    return pages;
  }
  let dateOrder: Promise<Map<string, number>> | undefined;
  const byDate = (): Promise<Map<string, number>> =>
    (dateOrder ??= pagefind.search(null, { sort: { date: 'desc' } }).then((response) => new Map((response?.results ?? []).map((r, i) => [r.id, i]))));

  async function search(state: SearchState, withFacets = false): Promise<SearchOutcome> {
    const segmented = segmentQuery(normalizeQuery(state.q, t2s), words);
    if (segmented.length === 0) return { words: [], results: [], unfiltered: 0, facets: {} };
    // Words on most of a large site's pages (小米) are not searched for beside other words.
    const distinctive = segmented.filter((w) => !common.has(w.text));
    const queryWords = distinctive.length > 0 ? distinctive : segmented;
    const wholePhrase = queryWords.length > 1 && queryWords.length === segmented.length;

    const allTokens = queryWords.flatMap((w) => w.tokens);
    const [scored, phrase, ...each] = await Promise.all([
      run(allTokens.join(' ')),
      wholePhrase ? run(exactTerm(allTokens)) : Promise.resolve(undefined),
      ...queryWords.map((w) => run(w.exact ? exactTerm(w.tokens) : w.tokens.join(' '))),
    ]);
    const [first, ...rest] = each;
    const matching = [...(first?.keys() ?? [])].filter((id) => rest.every((set) => set.has(id)));

    const wanted: Record<(typeof FACET_KEYS)[number], string> = { type: state.type ? SEARCH_TYPES[state.type] : '', line: state.line, year: state.year };
    const sets = new Map<string, Map<string, Set<string>>>();
    for (const key of FACET_KEYS) {
      if (key === 'type' || wanted[key] || withFacets || facetPages.has(key)) sets.set(key, await pagesByValue(key));
    }
    const typeOf = (id: string): string => [...(sets.get('type') ?? [])].find(([, pages]) => pages.has(id))?.[0] ?? '';
    const passes = (id: string, except?: string): boolean =>
      FACET_KEYS.every((key) => key === except || !wanted[key] || (sets.get(key)?.get(wanted[key])?.has(id) ?? false));

    const facets: FacetCounts = {};
    for (const key of FACET_KEYS) {
      const values = sets.get(key);
      if (!values) continue;
      const counts = new Map<string, number>();
      for (const [value, pages] of values) counts.set(value, matching.filter((id) => pages.has(id) && passes(id, key)).length);
      facets[key] = counts;
    }

    const filtered = matching.filter((id) => passes(id));
    if (state.sort === 'date') {
      const order = await byDate();
      filtered.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
    } else {
      const rank = new Map(filtered.map((id) => [id, (scored.get(id)?.score ?? 0) * (TYPE_WEIGHT[typeOf(id)] ?? 0.8)]));
      filtered.sort((a, b) => Number(phrase?.has(b) ?? 0) - Number(phrase?.has(a) ?? 0) || (rank.get(b) ?? 0) - (rank.get(a) ?? 0));
    }
    const lookup = (id: string): PagefindResult | undefined => first?.get(id) ?? scored.get(id);
    return {
      words: queryWords,
      results: filtered.map((id) => ({ id, load: () => lookup(id)?.data() ?? Promise.reject(new Error(`no result ${id}`)) })),
      unfiltered: matching.length,
      facets,
    };
  }

  return { search, fold };
}
