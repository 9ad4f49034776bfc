import * as OpenCC from 'opencc-js';
import { normalizeQuery } from '../search/normalizeQuery';
import type { SearchLexicon } from '../search/readSearchLexicon';
import { segmentQuery } from '../search/segmentQuery';
import type { SearchVocabulary } from './createSearchVocabulary';

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
 * Builds the search lexicon from what the index holds (`vocabulary`: the characters of the
 * indexed pages, the words they declare with data-search-terms, how many pages use each word)
 * and the synonyms table.
 *
 * The Traditional → Simplified map comes from OpenCC's Hong Kong and Taiwan dictionaries,
 * character by character, and is cut down to what can matter: a Traditional character whose
 * Simplified form is on the site. It holds such a character even where the site uses it too
 * (a Traditional source title holds 萬, the case files 万): a query is always converted, and
 * searched as written as well where it holds such a character (`written`, see planQuery). A Simplified character that
 * is on no page finds nothing either way. A few kilobytes instead of OpenCC's 1 MB.
 *
 * The words are the Chinese terms that the query segmentation would not find by itself
 * (Intl.Segmenter plus its repairs, run here in Node with the same ICU data a browser has):
 * 罗女士 (罗|女士) is kept, 小灰熊 (小|灰|熊, joined again) and 冰箱 are not needed. The more
 * pages use a word, the earlier it is kept.
 */
export function buildSearchLexicon(vocabulary: SearchVocabulary, synonyms: readonly (readonly string[])[] = [], script: 'hans' | 'hant' = 'hans'): SearchLexicon {
  const { characters, terms, pagesWithWord, pages } = vocabulary;
  const converters = [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
  const simplifiedOf = (character: string): string => {
    for (const convert of converters) {
      const simplified = convert(character);
      if (simplified !== character && [...simplified].length === 1) return simplified;
    }
    return character;
  };
  const pairs = script === 'hant' ? hantFold(vocabulary, synonyms, simplifiedOf) : new Map<string, string>();
  if (script === 'hans') {
    // The synonyms' characters count as the site's: 炒魷魚 must reach the group of 炒鱿鱼, which no page holds.
    const held = new Set(characters);
    for (const word of synonyms.flat()) for (const character of word) held.add(character);
    for (const [first, last] of IDEOGRAPHS) {
      for (let code = first; code <= last; code++) {
        const traditional = String.fromCodePoint(code);
        for (const convert of converters) {
          const simplified = convert(traditional);
          if (simplified !== traditional && [...simplified].length === 1 && held.has(simplified)) {
            pairs.set(traditional, simplified);
            break;
          }
        }
      }
    }
  }
  const fold = (word: string) => normalizeQuery(word, pairs);
  const uses = new Map<string, number>();
  for (const term of terms) {
    const word = term.trim();
    if ([...word].length >= 2 && /^\p{Script=Han}+$/u.test(word)) uses.set(fold(word), (uses.get(fold(word)) ?? 0) + 1);
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
  const common = [...pagesWithWord]
    .filter(([, onPages]) => pages >= COMMON_MIN_PAGES && onPages >= COMMON_SHARE * pages)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_COMMON)
    .map(([word]) => word)
    .sort();
  const groups = synonyms.map((group) => [...new Set(group.map(fold))]);
  const written = [...pairs.keys()].filter((traditional) => characters.has(traditional)).join('');
  const lexicon: SearchLexicon = { t2s: [...pairs].map(([t, s]) => t + s).join(''), written, words, common, synonyms: groups, pages };
  return script === 'hant' ? { ...lexicon, variants: hantVariants(vocabulary.bigrams, pairs) } : lexicon;
}

/**
 * The Traditional edition's folding: every character whose Simplified form the edition writes is
 * folded into the Traditional character the edition uses most for it (发, 發 and 髮 into 發;
 * 説 into 說), so that Simplified and Traditional queries are spelled as the index is. The
 * synonyms' characters count as written too, with no page behind them: 炒鱿鱼 is on no page, but
 * a reader typing it must reach its group (炒魷魚, 開除, 解僱) as one typing 炒魷魚 does.
 */
function hantFold(vocabulary: SearchVocabulary, synonyms: readonly (readonly string[])[], simplifiedOf: (character: string) => string): Map<string, string> {
  const primary = new Map<string, string>();
  const count = (character: string) => vocabulary.characterCounts.get(character) ?? 0;
  const held = new Set(vocabulary.characters);
  for (const word of synonyms.flat()) for (const character of word) if (/\p{Script=Han}/u.test(character)) held.add(character);
  for (const character of held) {
    const simplified = simplifiedOf(character);
    const known = primary.get(simplified);
    if (known === undefined || count(character) > count(known) || (count(character) === count(known) && character < known)) primary.set(simplified, character);
  }
  const pairs = new Map<string, string>();
  for (const [first, last] of IDEOGRAPHS) {
    for (let code = first; code <= last; code++) {
      const character = String.fromCodePoint(code);
      const target = primary.get(simplifiedOf(character));
      if (target !== undefined && target !== character) pairs.set(character, target);
    }
  }
  return pairs;
}

/**
 * Where the Traditional edition writes one Simplified character two ways (发 as 發 and 髮, 里 as
 * 裡 and 里), the pairs of characters that hold the rarer form, by their folded spelling: 頭發 →
 * 頭髮. A leading "!" says the folded pair itself is on no page (a query 头发 is then searched as
 * 頭髮 alone); without it both are searched (發佈 and 發布 are both on the site).
 */
function hantVariants(bigrams: ReadonlySet<string>, pairs: ReadonlyMap<string, string>): Record<string, string> {
  const variants = new Map<string, string[]>();
  for (const bigram of bigrams) {
    const folded = [...bigram].map((c) => pairs.get(c) ?? c).join('');
    if (folded !== bigram) variants.set(folded, [...(variants.get(folded) ?? []), bigram]);
  }
  return Object.fromEntries([...variants].sort(([a], [b]) => (a < b ? -1 : 1)).map(([folded, forms]) => [folded, `${bigrams.has(folded) ? '' : '!'}${forms.sort().join('')}`]));
}
