import * as OpenCC from 'opencc-js';

/** What the search UI fetches besides Pagefind's own files (dist/pagefind/lexicon.json). */
export interface SearchLexicon {
  /**
   * Traditional → Simplified, as pairs of characters one after the other ("個个門门…"):
   * only characters that do not occur on the site and whose Simplified form does.
   */
  t2s: string;
  /** The site's own words (names, aliases, keywords), so that a query is cut into them. */
  words: string[];
}

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
 */
export function buildSearchLexicon(characters: ReadonlySet<string>, terms: Iterable<string>): SearchLexicon {
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
  const words = [...new Set([...terms].map((term) => term.trim().toLowerCase()).filter((term) => [...term].length >= 2))].sort();
  return { t2s: [...pairs].map(([t, s]) => t + s).join(''), words };
}
