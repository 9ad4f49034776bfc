/** What the search UI fetches besides Pagefind's own files (dist/pagefind/lexicon.json), as the build writes it. */
export interface SearchLexicon {
  /**
   * Traditional → Simplified, as pairs of characters one after the other ("個个門门…"): every
   * Traditional character whose Simplified form is on the site (see buildSearchLexicon).
   */
  t2s: string;
  /**
   * The Traditional characters of `t2s` that the site itself holds (萬, in a Traditional source
   * title): a query holding one is searched as written too. Other Traditional characters are on
   * no page, and searching them would only fetch index chunks.
   */
  written: string;
  /**
   * The site's own Chinese words (names, aliases, keywords) that the browser's segmenter would
   * cut differently, so that a query is cut into them (see segmentQuery).
   */
  words: string[];
  /**
   * On a large site, words on most pages (小米, 用户): they tell no page from another, so a query
   * that has other words does not search for them (which would fetch the longest lists of the
   * index for nothing).
   */
  common: string[];
  /** The synonyms table (content/synonyms.yaml), each group spelled as queries are (see normalizeQuery). */
  synonyms: string[][];
  /** How many pages the index holds: how rare a word is, is counted against it. */
  pages: number;
  /**
   * The Traditional edition's only: where it writes one Simplified character two ways, the pairs
   * of characters holding the rarer form, keyed by their folded spelling ("頭發": "!頭髮"; see
   * buildSearchLexicon). In that edition `t2s` folds every form into the one the edition uses most.
   */
  variants?: Record<string, string>;
}

/** The lexicon as the query code uses it. */
export interface LoadedLexicon {
  t2s: ReadonlyMap<string, string>;
  written: ReadonlySet<string>;
  /** Words a query is cut into whole: the lexicon's words and every synonym. */
  words: ReadonlySet<string>;
  common: ReadonlySet<string>;
  /** For each word of the synonyms table, the other words of its group. */
  synonyms: ReadonlyMap<string, readonly string[]>;
  pages: number;
  /** Folded pairs of characters → the other spellings the site has for them, and whether the folded one is on no page. */
  variants: ReadonlyMap<string, { forms: readonly string[]; exclusive: boolean }>;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Reads the lexicon file's JSON into lookups. Anything missing or malformed counts as empty (an
 * old or broken file makes search plainer, never fail). Pairs that would change a text's length
 * in UTF-16 are left out, so a converted query lines up character by character with the query
 * as written.
 */
export function readSearchLexicon(json: unknown): LoadedLexicon {
  const raw = (typeof json === 'object' && json !== null ? json : {}) as Partial<Record<keyof SearchLexicon, unknown>>;
  const t2s = new Map<string, string>();
  const pairs = Array.from(typeof raw.t2s === 'string' ? raw.t2s : '');
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [from = '', to = ''] = [pairs[i], pairs[i + 1]];
    if (from.length === to.length) t2s.set(from, to);
  }
  const words = new Set(strings(raw.words));
  const synonyms = new Map<string, string[]>();
  for (const group of Array.isArray(raw.synonyms) ? raw.synonyms : []) {
    const members = [...new Set(strings(group))];
    for (const member of members) {
      synonyms.set(member, [...new Set([...(synonyms.get(member) ?? []), ...members.filter((m) => m !== member)])]);
      if (/\p{Script=Han}/u.test(member)) words.add(member);
    }
  }
  const written = new Set(Array.from(typeof raw.written === 'string' ? raw.written : ''));
  const variants = new Map<string, { forms: string[]; exclusive: boolean }>();
  if (typeof raw.variants === 'object' && raw.variants !== null) {
    for (const [folded, value] of Object.entries(raw.variants)) {
      if (typeof value !== 'string' || [...folded].length !== 2) continue;
      const exclusive = value.startsWith('!');
      const characters = [...(exclusive ? value.slice(1) : value)];
      const forms: string[] = [];
      for (let i = 0; i + 1 < characters.length; i += 2) forms.push(`${characters[i]}${characters[i + 1]}`);
      if (forms.length > 0) variants.set(folded, { forms, exclusive });
    }
  }
  return { t2s, written, words, common: new Set(strings(raw.common)), synonyms, pages: typeof raw.pages === 'number' && raw.pages > 0 ? raw.pages : 0, variants };
}
