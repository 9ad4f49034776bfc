/**
 * The search's conventions and tuning values, declared once: the build (SearchFacets.astro,
 * the index step), the search panel's markup and the browser code all read them from here.
 */

/**
 * The content types the index files pages under: the address's key (`?type=case`) and the name
 * the index and the results use (案件). The order is the order the filter lists them in.
 */
export const SEARCH_TYPES = { case: '案件', story: '专题', source: '来源', entity: '当事方' } as const;

export type SearchTypeKey = keyof typeof SEARCH_TYPES;
export type SearchTypeName = (typeof SEARCH_TYPES)[SearchTypeKey];

export const SEARCH_CONFIG = {
  /** Results shown at first, and added by "显示更多结果", on /search/. */
  pageSize: 6,
  /** Results shown in the header's dialog (the rest are on /search/). */
  dialogSize: 6,
  /**
   * Wait this long after a keystroke before searching: one frame, so that a burst of input (a
   * paste, a held key) makes one search. An input method commits whole words, and no search runs
   * while it composes.
   */
  typingPauseMs: 16,
  /** Say "正在搜索…" only when a search takes longer than this. */
  slowNoticeMs: 300,
  /** Characters of page text around the words in a result's excerpt, and in each section's. */
  excerptLength: 72,
  /** Characters before the first word that an excerpt starts with. */
  excerptLead: 16,
  /** Sections (headings, events, figures) listed under a result, at most. */
  maxSections: 3,
  /**
   * Pagefind's own options: its excerpt (unused: the UI writes its own, but Pagefind computes
   * it) and its BM25 ranking, over single characters: short pages are hardly favoured (a source
   * record is short), repeated characters saturate soon, title matches count twice (four times let a source whose
   * title holds a word outrank the case about it: 爆雷, KOL).
   */
  pagefind: { excerptLength: 40, ranking: { pageLength: 0.2, termSaturation: 1.2, metaWeights: { title: 2 } } },
  /**
   * Ranks by content type after the index's own score: readers come to find a case; stories and
   * sources that mention the same words follow it unless they are much more about them. A
   * party's page is found by its name and role (its lists of cases and events are not indexed):
   * below a case, which holds the same name beside what happened.
   */
  typeWeight: { 案件: 1.6, 专题: 1.25, 来源: 1, 当事方: 0.4 } satisfies Record<SearchTypeName, number>,
  /**
   * A query without spaces that is one of a page's names (SearchFacets' terms: a case's short name and
   * keywords, a source's outlet and author) brings that page first, when it is among this many
   * results: the first page of results, whose data is read for display anyway (each page's data
   * is read once), so the check costs no bytes. Ten cost 18 KB more per query at 5,000 pages.
   */
  namedWindow: 6,
  /** A page of no type (none is indexed today). */
  otherTypeWeight: 0.8,
  /**
   * A word a reader typed in the other script is searched as converted and as written (planQuery);
   * a page holding it only as written (a source's title quoted in Traditional) counts this share
   * of its score, so that 成都 車門 on the Simplified edition brings up the case before the
   * Traditional reports that it cites.
   */
  writtenFormWeight: 0.5,
  /**
   * Relaxed matching (see matchPages): when no page holds every word, results must still hold
   * more than this share of the query's counted words (words of two characters or more, numbers,
   * Latin words), so that one known word of two never brings up pages on its own.
   */
  relaxedMinShare: 0.5,
  /**
   * A word of the synonyms table on fewer pages than this (less than a page of results) also
   * searches the other words of its group; one on more does without them and their bytes.
   */
  synonymsBelow: 6,
  /** Fewer results than this holding every word: those holding most of them follow (see matchPages). */
  relaxedFillTo: 6,
  /** Suggestions in the header's dialog: how many, and from how many typed characters on. */
  suggestions: { max: 5, minLength: 2 },
  /** Different words carried to a page for marking, at most (each is one parameter). */
  maxHighlights: 6,
} as const;

/**
 * The names a page is searched by (SearchFacets' terms: a case's short name and keywords, a
 * story's keywords, a source's outlet and author), written into the index as one meta field
 * and read back to bring a page first when the query is one of them (promoteNamedPages).
 */
export const SEARCH_NAMES = { meta: 'names', separator: '|' } as const;

/**
 * The address parameter that carries a result's words to the page it opens, to mark them there
 * (`/cases/…/?hl=冰箱#response`). A constant of its own: the script every page loads reads it,
 * and takes nothing else from this module.
 */
export const HIGHLIGHT_PARAM = 'hl';
