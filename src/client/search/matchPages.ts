/** The pages holding one word of a query (any of its forms), each with its relevance for that word. */
export interface WordPages {
  /** See PlannedWord.counted. */
  counted: boolean;
  /** Page id → the index's score for the word on that page. */
  pages: ReadonlyMap<string, number>;
}

export interface PageMatch {
  id: string;
  /** The words (their indexes in the query) the page does not hold: none unless the match is relaxed. */
  missing: number[];
  /** How much of the query the page holds: the rarity (idf) of each word it holds, added up. */
  weight: number;
  /** The index's scores of the words it holds, added up. */
  score: number;
}

export interface Matches {
  /** Whether no page holds every word, and the pages are those holding most of them. */
  relaxed: boolean;
  /** The pages holding every word first (in no order), then those holding most of them. */
  pages: PageMatch[];
}

/** BM25's inverse document frequency: a word on few of `total` pages weighs more. */
function rarity(pagesWithWord: number, total: number): number {
  return Math.log(1 + (total - pagesWithWord + 0.5) / (pagesWithWord + 0.5));
}

/**
 * Which pages match a query, from the pages holding each of its words. A page that holds every
 * word is a match. When no page does, the match is relaxed, as web search engines do it: a page
 * is a match if it holds more than `minShare` of the counted words (so a query of two words
 * never falls back to one of them, and a query none of whose words is on the site finds
 * nothing); each says which words it lacks, and holding rarer words weighs more (`weight`).
 * When fewer than `fillTo` pages hold every word, pages holding most of them follow (a long
 * commentary that mentions every word in passing does not hide the case that is about three of
 * four). `total` is the number of pages in the index.
 */
export function matchPages(words: readonly WordPages[], total: number, minShare: number, fillTo = 0): Matches {
  const ids = new Set(words.flatMap((w) => [...w.pages.keys()]));
  const all = Math.max(total, ids.size);
  const rarities = words.map((w) => rarity(w.pages.size, all));
  const describe = (id: string): PageMatch => {
    const missing: number[] = [];
    let weight = 0;
    let score = 0;
    words.forEach((word, index) => {
      const held = word.pages.get(id);
      if (held === undefined) missing.push(index);
      else {
        weight += rarities[index] ?? 0;
        score += held;
      }
    });
    return { id, missing, weight, score };
  };
  const pages = [...ids].map(describe);
  const strict = pages.filter((p) => p.missing.length === 0);
  if (words.length < 2 || strict.length >= Math.max(1, fillTo)) return { relaxed: false, pages: strict };
  const counted = words.filter((w) => w.counted).length;
  const most = pages.filter((p) => {
    const held = counted - p.missing.filter((i) => words[i]?.counted).length;
    return p.missing.length > 0 && counted > 0 && held / counted > minShare;
  });
  return { relaxed: strict.length === 0, pages: [...strict, ...most] };
}
