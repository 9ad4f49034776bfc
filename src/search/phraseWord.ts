import type { QueryWord } from './segmentQuery';

const TOKENS = /\p{Script=Han}|\d+(?:\.\d+)+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * A text searched for as one phrase, as the index spells it (see normalizeQuery): one token per
 * Chinese character and per Latin or number run, in order. Chinese, or several tokens, must
 * occur as written and together (无法打开车门, "su7 ultra"); a single Latin word or number
 * matches as a prefix, as a query's Latin words do (su7).
 */
export function phraseWord(text: string): QueryWord {
  const tokens = text.match(TOKENS) ?? [];
  return { text, tokens, exact: tokens.length > 1 || HAN.test(text) };
}
