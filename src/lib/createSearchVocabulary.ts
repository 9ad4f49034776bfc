import { readIndexedText } from './readIndexedText';
import { readSearchTerms } from './readSearchTerms';

/** What the indexed pages hold, for the search lexicon (see buildSearchLexicon). */
export interface SearchVocabulary {
  /** Every Chinese character on the indexed pages. */
  characters: Set<string>;
  /** The words pages declare for search (data-search-terms), once per page that declares them. */
  terms: string[];
  /** How many pages use each Chinese word of two characters or more, as Intl.Segmenter cuts the text. */
  pagesWithWord: Map<string, number>;
  pages: number;
}

/**
 * Collects the vocabulary of the pages given to `add` (built HTML, as Pagefind reads it): their
 * characters, declared search terms and words with the number of pages using each.
 */
export function createSearchVocabulary(): { add(html: string): void; vocabulary: SearchVocabulary } {
  const vocabulary: SearchVocabulary = { characters: new Set(), terms: [], pagesWithWord: new Map(), pages: 0 };
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return {
    vocabulary,
    add(html) {
      for (const [character] of html.matchAll(/\p{Script=Han}/gu)) vocabulary.characters.add(character);
      vocabulary.terms.push(...readSearchTerms(html));
      const words = new Set<string>();
      for (const { segment, isWordLike } of segmenter.segment(readIndexedText(html))) {
        if (isWordLike && segment.length >= 2 && /^\p{Script=Han}+$/u.test(segment)) words.add(segment);
      }
      for (const word of words) vocabulary.pagesWithWord.set(word, (vocabulary.pagesWithWord.get(word) ?? 0) + 1);
      vocabulary.pages++;
    },
  };
}
