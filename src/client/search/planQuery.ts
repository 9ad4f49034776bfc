import { normalizeQuery } from '../../search/normalizeQuery';
import { phraseWord } from '../../search/phraseWord';
import type { LoadedLexicon } from '../../search/readSearchLexicon';
import { segmentQuery, type QueryWord } from '../../search/segmentQuery';
import { variantForms } from '../../search/variantForms';

/** One word of a query and everything searched for it: a page holds the word if it holds any of its forms. */
export interface PlannedWord {
  /** The word as normalised (Simplified, lower case): what the status line quotes. */
  text: string;
  /** The word itself first; then the word as the reader wrote it, where converting Traditional changed a character the site holds; then its synonyms. */
  forms: QueryWord[];
  /** The synonyms among the forms ("也搜索了：…"). */
  synonyms: string[];
  /** The form that is the word as the reader wrote it, where it is searched besides the converted word (ranked lower: SEARCH_CONFIG.writtenFormWeight). */
  written?: string;
  /**
   * Whether it counts when results may lack some words (see matchPages): a word of two
   * characters or more, a number or a Latin word does; a single Chinese character does not.
   */
  counted: boolean;
}

export interface QueryPlan {
  words: PlannedWord[];
  /**
   * The tokens of the whole query when it has several words and none was left out: pages
   * holding it as one phrase come first.
   */
  phrase?: string[];
}

const HAN = /\p{Script=Han}/u;

/**
 * What to search for a query. It is converted to Simplified (whatever Traditional characters the
 * site itself holds) and cut into words (segmentQuery); a word the conversion changed is also
 * searched as written where a changed character is on the site (萬能 and 万能: a Traditional
 * source title is found either way; 系統 is not, 統 being on no page), and a word
 * of the synonyms table brings its group (引擎盖 → 前舱盖). On a large site, words on most
 * pages (the lexicon's `common`, such as 小米) are not searched for beside other words.
 */
export function planQuery(raw: string, lexicon: LoadedLexicon): QueryPlan {
  const converted = normalizeQuery(raw, lexicon.t2s);
  const written = normalizeQuery(raw, new Map());
  const segmented = segmentQuery(converted, lexicon.words);
  const distinctive = segmented.filter((w) => !lexicon.common.has(w.text));
  const kept = distinctive.length > 0 ? distinctive : segmented;
  let cursor = 0;
  const words = segmented.flatMap((word): PlannedWord[] => {
    // The word's place in the query, to read it as written: conversion keeps every character's place.
    const at = converted.indexOf(word.text, cursor);
    if (at >= 0) cursor = at + word.text.length;
    if (!kept.includes(word)) return [];
    const slice = at >= 0 && written.length === converted.length ? written.slice(at, at + word.text.length) : word.text;
    // Searched as written only when a character the conversion changed is one the site itself holds.
    const asWritten = [...slice].some((c, i) => c !== [...word.text][i] && lexicon.written.has(c)) ? slice : word.text;
    const synonyms = (lexicon.synonyms.get(word.text) ?? []).filter((s) => s !== word.text && s !== asWritten);
    // The Traditional edition's other spellings of the word (頭發 → 頭髮); the first is the word as quoted.
    const spellings = variantForms(word.text, lexicon.variants);
    const first = spellings[0] === word.text ? word : { ...phraseWord(spellings[0] ?? word.text), exact: word.exact };
    const others = [...(asWritten !== word.text ? [asWritten] : []), ...spellings.slice(1)].filter((form, i, all) => form !== first.text && all.indexOf(form) === i);
    const forms = [first, ...others.map((form) => ({ ...phraseWord(form), exact: word.exact })), ...synonyms.map(phraseWord)];
    const counted = !(word.tokens.length === 1 && HAN.test(word.text));
    return [asWritten !== word.text && asWritten !== first.text ? { text: first.text, forms, synonyms, written: asWritten, counted } : { text: first.text, forms, synonyms, counted }];
  });
  const phrase = words.length > 1 && kept.length === segmented.length ? words.flatMap((w) => w.forms[0]?.tokens ?? []) : undefined;
  return phrase ? { words, phrase } : { words };
}
