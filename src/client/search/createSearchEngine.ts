import { readSearchLexicon, type LoadedLexicon } from '../../search/readSearchLexicon';
import { SEARCH_CONFIG, SEARCH_TYPES, type SearchTypeName } from '../../search/searchConfig';
import type { IndexedPage } from './buildResultView';
import { matchPages } from './matchPages';
import type { QueryWord } from '../../search/segmentQuery';
import { planQuery, type PlannedWord } from './planQuery';
import { promoteNamedPages } from './promoteNamedPages';
import type { SearchState } from './readSearchState';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<IndexedPage>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
}

export type FacetKey = 'type' | 'line' | 'year';
const FACET_KEYS: readonly FacetKey[] = ['type', 'line', 'year'];

/** Counts of results per filter value, each counted with the other filters applied (once read). */
export type FacetCounts = Partial<Record<FacetKey, Map<string, number>>>;

export interface SearchResult {
  id: string;
  /** The query's words this page lacks (relaxed matching only), as the status line quotes them. */
  missing: string[];
  load(): Promise<IndexedPage>;
}

export interface SearchOutcome {
  /** The words searched for (see planQuery). */
  words: PlannedWord[];
  /** Synonyms that brought up results ("也搜索了：…"). */
  synonyms: string[];
  /**
   * No page holds every word: the results hold most of them, each with the words it lacks.
   * Otherwise results lacking words (`missing`) may still follow those holding all of them.
   */
  relaxed: boolean;
  /** Results in order, after filters: call load() for what to show. */
  results: SearchResult[];
  /** How many results the query has before filters. */
  unfiltered: number;
  facets: FacetCounts;
}

export interface SearchEngine {
  /**
   * `withFacets`: also count results for every line and year (reads their filter data).
   * `signal`: a newer search has begun; the promise rejects with the signal's reason.
   */
  search(state: SearchState, options?: { withFacets?: boolean; signal?: AbortSignal }): Promise<SearchOutcome>;
  /** Lower-cases and Simplifies a text as queries are, keeping its length (to find words in results). */
  fold(text: string): string;
  lexicon: LoadedLexicon;
}

function exactTerm(tokens: readonly string[]): string {
  return `"${tokens.join(' ')}"`;
}

/**
 * Search over the Pagefind index, with words matched as words.
 *
 * The index holds one Chinese character per word (see src/lib/prepareHtmlForIndex.ts), so an
 * exact Pagefind search for "冰 箱" finds exactly the pages where 冰箱 is written. A query is
 * planned (planQuery: converted to Simplified, cut into words, each word with its forms: as
 * written, synonyms, the synonyms searched only for a word on fewer than a page of results); a
 * page holds a word if it holds one of its forms, Chinese words and
 * numbers with units as written (exact search), Latin words as a prefix. Pages that hold a
 * word's characters only apart do not hold it: 疫苗 does not find 疫情…苗圃. A page is a result if
 * it holds every word, or, when none does, most of them (matchPages).
 * Order by relevance: pages holding the whole query as one phrase first, then Pagefind's score
 * (BM25 over the characters, title matches boosted; the best form of each word, added up) times
 * a weight per content type; for relaxed results, the rarer the words a page holds, the
 * earlier; a query without spaces that is a page's own name brings that page to the front
 * (promoteNamedPages). Or by date.
 *
 * Pagefind runs unfiltered and each search is cached, so filters, counts and order are worked
 * out here from per-filter page sets that are read once (filter-only searches). `filterValues`
 * are the values each filter can take (type as the index names it: 案件, 专题, 来源).
 */
export async function createSearchEngine(base: string, filterValues: Record<FacetKey, readonly string[]>): Promise<SearchEngine> {
  const [pagefind, lexicon] = await Promise.all([
    // A computed URL, not a bundled module: Pagefind's files exist only after the build.
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
    fetch(`${base}pagefind/lexicon.json`)
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
      .catch(() => undefined)
      .then(readSearchLexicon),
  ]);
  await pagefind.options({ baseUrl: base, ...SEARCH_CONFIG.pagefind });

  const t2s = lexicon.t2s;
  const traditional = t2s.size > 0 ? new RegExp(`[${[...t2s.keys()].join('')}]`, 'gu') : undefined;
  const fold = (text: string): string => {
    const simplified = traditional ? text.replace(traditional, (c) => t2s.get(c) ?? c) : text;
    const lower = simplified.toLowerCase();
    return lower.length === text.length ? lower : simplified;
  };

  const searches = new Map<string, Promise<Map<string, PagefindResult>>>();
  // Each result's page data, read once: the names check and the results list read the same pages.
  const loaded = new Map<string, Promise<IndexedPage>>();
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
  const facetPages = new Map<FacetKey, Promise<Map<string, Set<string>>>>();
  function pagesByValue(key: FacetKey): Promise<Map<string, Set<string>>> {
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

  /** The pages holding one form of a word, each with its score (an exact search finds them, a plain one scores them). */
  async function formPages(tokens: readonly string[], exact: boolean): Promise<{ found: Map<string, PagefindResult>; scores: Map<string, PagefindResult> }> {
    const plain = run(tokens.join(' '));
    if (!exact || tokens.length < 2) return { found: await plain, scores: await plain };
    const [found, scores] = await Promise.all([run(exactTerm(tokens)), plain]);
    return { found, scores };
  }

  async function search(state: SearchState, options: { withFacets?: boolean; signal?: AbortSignal } = {}): Promise<SearchOutcome> {
    const { withFacets = false, signal } = options;
    const plan = planQuery(state.q, lexicon);
    if (plan.words.length === 0) return { words: [], synonyms: [], relaxed: false, results: [], unfiltered: 0, facets: {} };

    const results = new Map<string, PagefindResult>();
    const bySynonym = new Map<string, Set<string>>();
    const [phrase, ...perWord] = await Promise.all([
      plan.phrase ? run(exactTerm(plan.phrase)) : Promise.resolve(undefined),
      ...plan.words.map(async (word) => {
        const pages = new Map<string, number>();
        const add = (forms: readonly QueryWord[], found: readonly Awaited<ReturnType<typeof formPages>>[]): void =>
          found.forEach(({ found: holding, scores }, index) => {
            const form = forms[index];
            if (form && word.synonyms.includes(form.text)) bySynonym.set(form.text, new Set(holding.keys()));
            const weight = form && form.text === word.written ? SEARCH_CONFIG.writtenFormWeight : 1;
            for (const [id, result] of holding) {
              results.set(id, result);
              pages.set(id, Math.max(pages.get(id) ?? 0, (scores.get(id)?.score ?? 0) * weight));
            }
          });
        const own = word.forms.filter((form) => !word.synonyms.includes(form.text));
        add(own, await Promise.all(own.map((form) => formPages(form.tokens, form.exact))));
        // Synonyms fill in for a word on few pages: a word with a page of results already does
        // without them, and does not fetch their characters' index chunks (on a large site tens of
        // kilobytes each, see BENCHMARKS.md).
        if (pages.size < SEARCH_CONFIG.synonymsBelow) {
          const others = word.forms.filter((form) => word.synonyms.includes(form.text));
          add(others, await Promise.all(others.map((form) => formPages(form.tokens, form.exact))));
        }
        return { counted: word.counted, pages };
      }),
    ]);
    signal?.throwIfAborted();
    const matches = matchPages(perWord, lexicon.pages, SEARCH_CONFIG.relaxedMinShare, SEARCH_CONFIG.relaxedFillTo);
    const matching = matches.pages.map((p) => p.id);

    const wanted: Record<FacetKey, string> = { type: state.type ? SEARCH_TYPES[state.type] : '', line: state.line, year: state.year };
    const sets = new Map<FacetKey, Map<string, Set<string>>>();
    for (const key of FACET_KEYS) {
      if (key === 'type' || wanted[key] || withFacets || facetPages.has(key)) sets.set(key, await pagesByValue(key));
    }
    signal?.throwIfAborted();
    const typeOf = (id: string): string => [...(sets.get('type') ?? [])].find(([, pages]) => pages.has(id))?.[0] ?? '';
    const passes = (id: string, except?: FacetKey): boolean =>
      FACET_KEYS.every((key) => key === except || !wanted[key] || (sets.get(key)?.get(wanted[key])?.has(id) ?? false));

    const facets: FacetCounts = {};
    for (const key of FACET_KEYS) {
      const values = sets.get(key);
      if (!values) continue;
      const counts = new Map<string, number>();
      for (const [value, pages] of values) counts.set(value, matching.filter((id) => pages.has(id) && passes(id, key)).length);
      facets[key] = counts;
    }

    const filtered = matches.pages.filter((p) => passes(p.id));
    if (state.sort === 'date') {
      const order = await byDate();
      signal?.throwIfAborted();
      filtered.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
    } else {
      const weight = (id: string): number => SEARCH_CONFIG.typeWeight[typeOf(id) as SearchTypeName] ?? SEARCH_CONFIG.otherTypeWeight;
      const rank = new Map(filtered.map((p) => [p.id, p.score * weight(p.id)]));
      const inPhrase = (id: string): number => Number(phrase?.has(id) ?? false);
      filtered.sort(
        (a, b) => Number(a.missing.length > 0) - Number(b.missing.length > 0) || inPhrase(b.id) - inPhrase(a.id) || b.weight - a.weight || (rank.get(b.id) ?? 0) - (rank.get(a.id) ?? 0),
      );
    }
    const matched = new Set(matching);
    const load = (id: string): Promise<IndexedPage> => {
      let page = loaded.get(id);
      if (!page) {
        page = results.get(id)?.data() ?? Promise.reject(new Error(`no result ${id}`));
        loaded.set(id, page);
      }
      return page;
    };
    let ordered = filtered.map((p) => ({ id: p.id, missing: p.missing.map((i) => plan.words[i]?.text ?? ''), load: () => load(p.id) }));
    // A query typed as one string that is a page's own name (扬子晚报, KOL, 挖孔机盖) puts that page first.
    if (state.sort !== 'date' && !/\s/u.test(state.q.trim())) ordered = await promoteNamedPages(ordered, state.q, fold, SEARCH_CONFIG.namedWindow);
    signal?.throwIfAborted();
    return {
      words: plan.words,
      synonyms: [...bySynonym].filter(([, pages]) => [...pages].some((id) => matched.has(id))).map(([synonym]) => synonym),
      relaxed: matches.relaxed,
      results: ordered,
      unfiltered: matching.length,
      facets,
    };
  }

  return { search, fold, lexicon };
}
