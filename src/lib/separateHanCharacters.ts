/**
 * What the search index puts around every Chinese character: U+2009 THIN SPACE. It is
 * whitespace to Pagefind (so each character becomes one index word, at its own position) and
 * it survives in titles and section names, so the search UI can take exactly these out again.
 */
export const HAN_SEPARATOR = '\u2009';

const AROUND_HAN = /(\p{Script=Han})(?=\S)|(\S)(?=\p{Script=Han})/gu;

/**
 * Puts HAN_SEPARATOR between each Chinese character and whatever touches it, so that Pagefind
 * indexes Chinese one character per word, in order. Pagefind's own Chinese segmentation
 * (dictionary words plus bigrams across word boundaries) differs from the browser's, so a query
 * cannot be matched to it reliably; one character per position can: the query "冰箱" becomes
 * the exact phrase "冰 箱", which matches exactly where the text holds 冰箱.
 */
export function separateHanCharacters(text: string): string {
  return text.replace(AROUND_HAN, (_match, han: string | undefined, other: string | undefined) => `${han ?? other ?? ''}${HAN_SEPARATOR}`);
}
