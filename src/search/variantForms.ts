import type { LoadedLexicon } from './readSearchLexicon';

/** At most this many spellings of one word: each costs Pagefind's searches, and the index chunks of its characters. */
const MAX_FORMS = 4;

/**
 * The spellings of a folded word that the site writes, from the lexicon's `variants` (the
 * Traditional edition: 头发 folds to 頭發, which the site writes 頭髮). Each pair of characters
 * in the word that the site also writes otherwise brings that spelling; where the folded pair is
 * on no page, the spelling replaces it instead. The word itself comes first unless it was
 * replaced. A word with no such pair, and every word of the Simplified edition, is its own only
 * spelling.
 */
export function variantForms(text: string, variants: LoadedLexicon['variants']): string[] {
  if (variants.size === 0) return [text];
  let forms = [text];
  const characters = [...text];
  for (let i = 0; i + 1 < characters.length; i++) {
    const pair = `${characters[i]}${characters[i + 1]}`;
    const variant = variants.get(pair);
    if (!variant) continue;
    const next: string[] = [];
    for (const form of forms) {
      const spelled = [...form];
      if (`${spelled[i]}${spelled[i + 1]}` !== pair) {
        next.push(form);
        continue;
      }
      if (!variant.exclusive) next.push(form);
      for (const other of variant.forms) next.push([...spelled.slice(0, i), other, ...spelled.slice(i + 2)].join(''));
    }
    forms = [...new Set(next)].slice(0, MAX_FORMS);
  }
  return forms;
}
