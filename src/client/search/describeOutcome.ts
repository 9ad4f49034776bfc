import type { SearchOutcome } from './createSearchEngine';

/** What the status line needs of a search. */
export interface OutcomeSummary {
  mode: 'page' | 'dialog';
  /** The query as typed. */
  query: string;
  /** Whether a type, line or year filter is set. */
  filtered: boolean;
  sort: 'relevance' | 'date';
  outcome?: Pick<SearchOutcome, 'words' | 'synonyms' | 'relaxed' | 'unfiltered'> & { results: readonly Pick<SearchOutcome['results'][number], 'missing'>[] };
}

/**
 * The search panel's status line (read out by screen readers), for a search and what it found:
 * how many results hold which words, which synonyms were searched too, and, when the results
 * lack some words, which ones ("以下结果不含：砍单"); or why nothing was found.
 */
export function describeOutcome({ mode, query, filtered, sort, outcome }: OutcomeSummary): string {
  if (!query.trim() || !outcome) return mode === 'page' ? '请输入要搜索的词：案件、人物、机构、数字都可以。' : '';
  const quoted = outcome.words.map((w) => `“${w.text}”`).join('') || `“${query.trim()}”`;
  const total = outcome.results.length;
  if (total === 0) {
    if (outcome.unfiltered > 0 && filtered) return `筛选条件下没有结果；不加筛选有${outcome.unfiltered}条。`;
    return `没有找到包含${quoted}的内容。${outcome.words.length > 1 ? '可以减少几个词再试。' : '可以换一个说法，或浏览全部案件。'}`;
  }
  const order = sort === 'date' ? '，按日期排列（新的在前）' : '';
  const also = outcome.synonyms.length > 0 ? `也搜索了：${outcome.synonyms.join('、')}。` : '';
  const partial = outcome.results.filter((r) => r.missing.length > 0).length;
  if (!outcome.relaxed && partial === 0) return `找到${total}条包含${quoted}的结果${order}。${also}`;
  if (!outcome.relaxed) return `找到${total - partial}条包含${quoted}的结果，另有${partial}条只包含其中部分词${order}。${also}`;
  const missing = new Set(outcome.results.map((r) => r.missing.join('、')));
  const lacking = missing.size === 1 ? `以下${total}条结果不含：${[...missing][0]}` : `以下${total}条结果只包含其中部分词，每条注明不含的词`;
  return `没有同时包含${quoted}的内容。${lacking}${order}。${also}`;
}
