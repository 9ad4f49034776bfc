import { describe, expect, it } from 'vitest';
import { describeOutcome, type OutcomeSummary } from './describeOutcome';

const words = (...texts: string[]) => texts.map((text) => ({ text, forms: [], synonyms: [], counted: true }));
const summary = (outcome: Partial<NonNullable<OutcomeSummary['outcome']>>, rest: Partial<OutcomeSummary> = {}): OutcomeSummary => ({
  mode: 'page',
  query: '冰箱',
  filtered: false,
  sort: 'relevance',
  outcome: { words: words('冰箱'), synonyms: [], relaxed: false, unfiltered: 0, results: [], ...outcome },
  ...rest,
});

describe('describeOutcome', () => {
  it('asks for a query on the search page, and says nothing in the dialog', () => {
    expect(describeOutcome({ mode: 'page', query: ' ', filtered: false, sort: 'relevance' })).toBe('请输入要搜索的词：案件、人物、机构、数字都可以。');
    expect(describeOutcome({ mode: 'dialog', query: '', filtered: false, sort: 'relevance' })).toBe('');
  });

  it('counts the results and names the words, the order and the synonyms searched too', () => {
    const found = { results: [{ missing: [] }, { missing: [] }], unfiltered: 2 };
    expect(describeOutcome(summary(found))).toBe('找到2条包含“冰箱”的结果。');
    expect(describeOutcome(summary(found, { sort: 'date' }))).toBe('找到2条包含“冰箱”的结果，按日期排列（新的在前）。');
    expect(describeOutcome(summary({ ...found, words: words('引擎盖'), synonyms: ['前舱盖', '机盖'] }))).toBe('找到2条包含“引擎盖”的结果。也搜索了：前舱盖、机盖。');
  });

  it('says which words relaxed results lack', () => {
    const outcome = { words: words('小米', '冰箱', '砍单'), relaxed: true, unfiltered: 1, results: [{ missing: ['砍单'] }] };
    expect(describeOutcome(summary(outcome))).toBe('没有同时包含“小米”“冰箱”“砍单”的内容。以下1条结果不含：砍单。');
    const mixed = { ...outcome, unfiltered: 2, results: [{ missing: ['砍单'] }, { missing: ['小米'] }] };
    expect(describeOutcome(summary(mixed))).toBe('没有同时包含“小米”“冰箱”“砍单”的内容。以下2条结果只包含其中部分词，每条注明不含的词。');
  });

  it('counts apart the results that follow those holding every word but lack some', () => {
    const outcome = { words: words('小米手环', '睡眠', '误导'), unfiltered: 2, results: [{ missing: [] }, { missing: ['误导'] }] };
    expect(describeOutcome(summary(outcome))).toBe('找到1条包含“小米手环”“睡眠”“误导”的结果，另有1条只包含其中部分词。');
  });

  it('explains an empty result: the filters, or the words', () => {
    expect(describeOutcome(summary({ unfiltered: 5 }, { filtered: true }))).toBe('筛选条件下没有结果；不加筛选有5条。');
    expect(describeOutcome(summary({ words: words('中秋') }))).toBe('没有找到包含“中秋”的内容。可以换一个说法，或浏览全部案件。');
    expect(describeOutcome(summary({ words: words('苹果', '电池') }))).toBe('没有找到包含“苹果”“电池”的内容。可以减少几个词再试。');
  });
});
