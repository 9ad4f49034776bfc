import * as OpenCC from 'opencc-js';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

let cached: ReadonlySet<string> | undefined;

const entries = (dict: string): string[][] => dict.split('|').map((line) => line.split(' '));

/**
 * The characters that exist only in Simplified writing (发, 们, 说 — not 后, 干, 只, 台, 面, which
 * Traditional text uses too): every ideograph that OpenCC converts to something else and that no
 * OpenCC dictionary writes on its Traditional side. 2,628 characters with opencc-js 1.4.2. Such a
 * character on a Traditional page is a conversion that did not happen.
 */
export function simplifiedOnlyCharacters(): ReadonlySet<string> {
  if (cached) return cached;
  const traditional = new Set<string>();
  for (const dict of [STCharacters, STPhrases, TWVariants, TWVariantsPhrases, HKVariants, HKVariantsPhrases]) {
    for (const [, right = ''] of entries(dict)) for (const character of right) traditional.add(character);
  }
  for (const dict of [TSCharacters, TSPhrases, TWVariantsRev, HKVariantsRev]) {
    for (const [left = ''] of entries(dict)) for (const character of left) traditional.add(character);
  }
  const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const only = new Set<string>();
  for (const [first, last] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
  ] as const) {
    for (let code = first; code <= last; code++) {
      const character = String.fromCodePoint(code);
      if (!traditional.has(character) && convert(character) !== character) only.add(character);
    }
  }
  cached = only;
  return only;
}
