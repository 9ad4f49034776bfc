import { readIndexedText } from './readIndexedText';
import { readSearchTerms } from './readSearchTerms';

/** What the indexed pages hold, for the search lexicon (see buildSearchLexicon). */
export interface SearchVocabulary {
  /** Every Chinese character on the indexed pages. */
  characters: Set<string>;
  /** How often each of them occurs. */
  characterCounts: Map<string, number>;
  /** Every pair of Chinese characters written one after the other in the pages' indexed text (collected when asked for). */
  bigrams: Set<string>;
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
export function createSearchVocabulary(options: { bigrams?: boolean } = {}): { add(html: string): void; vocabulary: SearchVocabulary } {
  const vocabulary: SearchVocabulary = { characters: new Set(), characterCounts: new Map(), bigrams: new Set(), terms: [], pagesWithWord: new Map(), pages: 0 };
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return {
    vocabulary,
    add(html) {
      for (const [character] of html.matchAll(/\p{Script=Han}/gu)) {
        vocabulary.characters.add(character);
        vocabulary.characterCounts.set(character, (vocabulary.characterCounts.get(character) ?? 0) + 1);
      }
      vocabulary.terms.push(...readSearchTerms(html));
      const words = new Set<string>();
      const text = readIndexedText(html);
      if (options.bigrams) for (const [run] of text.matchAll(/\p{Script=Han}{2,}/gu)) {
        const characters = [...run];
        for (let i = 0; i + 1 < characters.length; i++) vocabulary.bigrams.add(`${characters[i]}${characters[i + 1]}`);
      }
      for (const { segment, isWordLike } of segmenter.segment(text)) {
        if (isWordLike && segment.length >= 2 && /^\p{Script=Han}+$/u.test(segment)) words.add(segment);
      }
      for (const word of words) vocabulary.pagesWithWord.set(word, (vocabulary.pagesWithWord.get(word) ?? 0) + 1);
      vocabulary.pages++;
    },
  };
}
