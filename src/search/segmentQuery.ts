/** One word of a query: what a result must contain, as written. */
export interface QueryWord {
  /** The word as normalised (see normalizeQuery): what is looked for in a result's text. */
  text: string;
  /**
   * The index words it is made of, in order: one per Chinese character, one per Latin or
   * number run ("su7", "11.11"). An exact word matches only where they stand together.
   */
  tokens: string[];
  /** Chinese, or a number with its unit ("4000万"): must occur as written. Latin words match as a prefix. */
  exact: boolean;
}

const HAN = /\p{Script=Han}/u;
const PIECES = /(\p{Script=Han}+)|(\d+(?:\.\d+)+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+)|(\s+)/gu;
/** Characters that join words rather than name something: dropped when alone or at the ends of a run. */
const FUNCTION_CHARACTERS = new Set([...'的地得了着过和与及或在是对把被从到向给让为于之而也都就还又很不没']);
/** Units written right after a number ("4000万", "429人", "11.11元"). */
const UNITS = new Set([...'万亿千百元角分人名位辆台个件款次倍年月日天号岁条家']);

type Segmenter = (text: string) => string[];

let icu: Segmenter | undefined;
function browserSegmenter(): Segmenter | undefined {
  if (icu) return icu;
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  icu = (text) => [...segmenter.segment(text)].map((s) => s.segment);
  return icu;
}

/** Drops function characters from the ends of a run of single characters, keeping two at least. */
function trimFunctionCharacters(run: string[]): string[] {
  let first = 0;
  let last = run.length;
  while (last - first > 2 && FUNCTION_CHARACTERS.has(run[first] ?? '')) first++;
  while (last - first > 2 && FUNCTION_CHARACTERS.has(run[last - 1] ?? '')) last--;
  // Two characters: drop a function character only if what stays is a word (it is not: keep both).
  return run.slice(first, last);
}

/**
 * Cuts a run of Chinese characters with no lexicon word in it into words: the browser's
 * dictionary segmentation (Intl.Segmenter), repaired where it fails this site's queries. It
 * splits names and phrases it does not know into single characters (小|灰|熊, 华|为, 不|发|货):
 * a run of single characters is taken as one word, without the function characters at its
 * ends (雷|军|的 → 雷军, 不|发|货 → 发货) as long as two characters stay. A function character
 * standing alone between words (的, 和, 到) is dropped. Without Intl.Segmenter the whole run is
 * one word.
 */
function segmentGap(gap: string, segment: Segmenter | null): string[] {
  if (!segment) return [gap];
  const words: string[] = [];
  let singles: string[] = [];
  const flush = (): void => {
    if (singles.length === 1 && FUNCTION_CHARACTERS.has(singles[0] ?? '')) singles = [];
    if (singles.length > 0) words.push(trimFunctionCharacters(singles).join(''));
    singles = [];
  };
  for (const part of segment(gap)) {
    if (part.trim() === '') continue;
    if ([...part].length > 1) {
      flush();
      words.push(part);
    } else {
      singles.push(part);
    }
  }
  flush();
  return words;
}

/** Cuts a run of Chinese characters into words: the longest lexicon word at each point first. */
function segmentHan(run: string, lexicon: ReadonlySet<string>, longest: number, segment: Segmenter | null): string[] {
  const characters = [...run];
  const words: string[] = [];
  let gap = '';
  for (let i = 0; i < characters.length; ) {
    let match = '';
    for (let length = Math.min(longest, characters.length - i); length >= 2; length--) {
      const candidate = characters.slice(i, i + length).join('');
      if (lexicon.has(candidate)) {
        match = candidate;
        break;
      }
    }
    if (match) {
      if (gap) words.push(...segmentGap(gap, segment));
      gap = '';
      words.push(match);
      i += [...match].length;
    } else {
      gap += characters[i];
      i++;
    }
  }
  if (gap) words.push(...segmentGap(gap, segment));
  return words;
}

function hanWord(text: string): QueryWord {
  return { text, tokens: [...text], exact: true };
}

/**
 * Cuts a normalised query into the words a result must contain. Chinese is cut into words
 * with the site's lexicon (names, aliases, keywords: 小灰熊, 米粉专享) and the browser's
 * segmenter (see segmentGap); a number keeps the units written right after it (4000万).
 * Latin words and numbers are words of their own. Punctuation and spaces only separate.
 */
export function segmentQuery(query: string, lexicon: ReadonlySet<string>, segment: Segmenter | null = browserSegmenter() ?? null): QueryWord[] {
  let longest = 2;
  for (const word of lexicon) longest = Math.max(longest, [...word].length);
  const words: QueryWord[] = [];
  let previousEnd = -1;
  let pendingNumber: QueryWord | undefined;
  for (const match of query.matchAll(PIECES)) {
    const [piece, han, latin] = match;
    const touching = match.index === previousEnd;
    previousEnd = match.index + piece.length;
    if (han !== undefined) {
      let rest = han;
      if (pendingNumber && touching) {
        const units = /^\p{Script=Han}+/u.exec(rest)?.[0] ?? '';
        let taken = 0;
        for (const character of units) {
          if (!UNITS.has(character)) break;
          taken++;
        }
        if (taken > 0) {
          const unitText = [...rest].slice(0, taken).join('');
          pendingNumber.text += unitText;
          pendingNumber.tokens.push(...unitText);
          pendingNumber.exact = true;
          rest = [...rest].slice(taken).join('');
        }
      }
      pendingNumber = undefined;
      if (rest) words.push(...segmentHan(rest, lexicon, longest, segment).map(hanWord));
    } else if (latin !== undefined) {
      const word: QueryWord = { text: latin, tokens: [latin], exact: false };
      words.push(word);
      pendingNumber = /^\d/.test(latin) ? word : undefined;
    } else {
      pendingNumber = undefined;
    }
  }
  // A query of nothing but function characters still means them.
  if (words.length === 0 && HAN.test(query)) return [...query].filter((c) => HAN.test(c)).map(hanWord);
  return words;
}
