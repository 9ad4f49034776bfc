import { createHash } from 'node:crypto';
import * as OpenCC from 'opencc-js';

/** One entry of content/hant-exceptions.yaml: a phrase OpenCC converts wrongly, and what the edition writes instead. */
export interface HantException {
  /** As the content writes it, in Simplified. */
  text: string;
  /** As the Traditional edition must write it. */
  hant: string;
}

export interface HantConverter {
  /** Simplified text → Traditional (see createHantConverter). */
  convert(text: string): string;
  /** OpenCC's conversion alone, without the exceptions and without keeping anything as written. */
  plain(text: string): string;
  /** What the converter was made from (its exceptions and verbatim passages), as a hash: part of the Traditional twins' cache key. */
  key: string;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const HAS_HAN = /\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The one converter of the Traditional edition: OpenCC's Simplified → Taiwan-standard
 * characters (opencc-js `cn` → `tw`: STPhrases and STCharacters, then TWVariants; never the `twp`
 * vocabulary, so 软件 becomes 軟件, not 軟體), with two kinds of text left to the content:
 * - `exceptions` (content/hant-exceptions.yaml): phrases OpenCC gets wrong (写明了 is not 寫明瞭);
 *   each is written as its entry says, wherever it occurs, before OpenCC sees the rest;
 * - `verbatim`: text already published in Traditional that the site quotes as it was published
 *   (the titles of Traditional sources), kept character for character: OpenCC would otherwise
 *   respell a Hong Kong title in Taiwan's forms (説 → 說).
 * Only runs of Chinese characters are converted, each run once per converter (a title repeated on
 * a thousand pages is converted once); OpenCC's phrases never span anything else.
 */
export function createHantConverter(options: { exceptions: readonly HantException[]; verbatim?: readonly string[] }): HantConverter {
  const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const fixed = new Map(options.exceptions.map((e) => [e.text, e.hant]));
  const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
  const exceptionPattern = fixed.size > 0 ? new RegExp(`(${[...fixed.keys()].sort(byLength).map(escapeRegExp).join('|')})`, 'u') : undefined;
  // Verbatim passages by their first character, longest first, so that a text is scanned once.
  const verbatim = new Map<string, string[]>();
  for (const passage of new Set(options.verbatim ?? [])) {
    const first = passage[0];
    if (first === undefined || !HAS_HAN.test(passage)) continue;
    verbatim.set(first, [...(verbatim.get(first) ?? []), passage].sort(byLength));
  }
  // Short runs (labels, headings, the chrome every page repeats) are converted once; a long one is
  // most often a sentence of its own, and keeping every sentence would hold the site's text twice.
  const runs = new Map<string, string>();
  const CACHED_RUN = 24;
  const convertRun = (run: string): string => {
    let converted = run.length > CACHED_RUN ? undefined : runs.get(run);
    if (converted === undefined) {
      converted = exceptionPattern
        ? run
            .split(exceptionPattern)
            .map((part, i) => (i % 2 === 1 ? (fixed.get(part) ?? part) : part === '' ? '' : opencc(part)))
            .join('')
        : opencc(run);
      if (run.length <= CACHED_RUN) runs.set(run, converted);
    }
    return converted;
  };
  const convertFree = (text: string): string => text.replace(HAN_RUN, convertRun);
  const convert = (text: string): string => {
    if (!HAS_HAN.test(text)) return text;
    if (verbatim.size === 0) return convertFree(text);
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const candidates = verbatim.get(text[i] as string);
      const match = candidates?.find((passage) => text.startsWith(passage, i));
      if (!match) continue;
      out += convertFree(text.slice(from, i)) + match;
      i += match.length - 1;
      from = i + 1;
    }
    return out + convertFree(text.slice(from));
  };
  const key = createHash('sha256')
    .update(JSON.stringify([options.exceptions.map((e) => [e.text, e.hant]), options.verbatim ?? []]))
    .digest('hex');
  return { convert, plain: (text) => opencc(text), key };
}
