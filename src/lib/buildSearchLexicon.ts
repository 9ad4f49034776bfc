import * as OpenCC from 'opencc-js';
import { segmentQuery } from '../search/segmentQuery';

/** What the search UI fetches besides Pagefind's own files (dist/pagefind/lexicon.json). */
export interface SearchLexicon {
  /**
   * Traditional → Simplified, as pairs of characters one after the other ("個个門门…"):
   * only characters that do not occur on the site and whose Simplified form does.
   */
  t2s: string;
  /**
   * The site's own Chinese words (names, aliases, keywords) that the browser's segmenter would
   * cut differently, so that a query is cut into them (see segmentQuery).
   */
  words: string[];
  /**
   * On a large site, words on most pages (小米, 用户): they tell no page from another, so a query
   * that has other words does not search for them (which would fetch the longest lists of the
   * index for nothing).
   */
  common: string[];
}

export interface WordUse {
  /** How many indexed pages use each word. */
  pagesWithWord: ReadonlyMap<string, number>;
  pages: number;
}

/** At most this many words, the most used first: the lexicon is fetched with every search. */
const MAX_WORDS = 4000;
/**
 * A word on this share of the pages, or more, is common (see SearchLexicon.common), on a site of
 * COMMON_MIN_PAGES pages or more: on a small site the shares say little (a word quoted on every
 * source page's list of citing cases is not an everyday word) and the bytes saved are few.
 */
const COMMON_SHARE = 0.6;
const COMMON_MIN_PAGES = 200;
const MAX_COMMON = 100;

const IDEOGRAPHS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Builds the search lexicon from what the index holds: `characters` (every Chinese character
 * on the indexed pages) and `terms` (the words pages declare with data-search-terms).
 *
 * The Traditional → Simplified map comes from OpenCC's Hong Kong and Taiwan dictionaries,
 * character by character, and is cut down to what can matter: a Traditional character that
 * the site never uses, whose Simplified form it does. Every other character of a query either
 * is on the site already or is in no page at all. A few kilobytes instead of OpenCC's 1 MB.
 *
 * The words are the Chinese terms that the query segmentation would not find by itself
 * (Intl.Segmenter plus its repairs, run here in Node with the same ICU data a browser has):
 * 罗女士 (罗|女士) is kept, 小灰熊 (小|灰|熊, joined again) and 冰箱 are not needed. The more
 * pages use a word, the earlier it is kept.
 */
export function buildSearchLexicon(characters: ReadonlySet<string>, terms: Iterable<string>, use: WordUse = { pagesWithWord: new Map(), pages: 0 }): SearchLexicon {
  const converters = [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
  const pairs = new Map<string, string>();
  for (const [first, last] of IDEOGRAPHS) {
    for (let code = first; code <= last; code++) {
      const traditional = String.fromCodePoint(code);
      if (characters.has(traditional)) continue;
      for (const convert of converters) {
        const simplified = convert(traditional);
        if (simplified !== traditional && [...simplified].length === 1 && characters.has(simplified)) {
          pairs.set(traditional, simplified);
          break;
        }
      }
    }
  }
  const uses = new Map<string, number>();
  for (const term of terms) {
    const word = term.trim();
    if ([...word].length >= 2 && /^\p{Script=Han}+$/u.test(word)) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  const none = new Set<string>();
  const words = [...uses]
    .filter(([word]) => {
      const cut = segmentQuery(word, none);
      return cut.length !== 1 || cut[0]?.text !== word;
    })
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS)
    .map(([word]) => word)
    .sort();
  const common = [...use.pagesWithWord]
    .filter(([, pages]) => use.pages >= COMMON_MIN_PAGES && pages >= COMMON_SHARE * use.pages)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_COMMON)
    .map(([word]) => word)
    .sort();
  return { t2s: [...pairs].map(([t, s]) => t + s).join(''), words, common };
}
