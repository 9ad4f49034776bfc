import { describe, expect, it } from 'vitest';
import type { SearchSuggestion } from '../../search/readSearchSuggestions';
import { matchSuggestions } from './matchSuggestions';

const suggestion = (label: string, terms = [label]): SearchSuggestion => ({ label, detail: '当事方', path: `/x/${label}/`, terms });
const all = [
  suggestion('小米接触博主“万能的大熊”，24小时内辞退员工、处分两名高管'),
  suggestion('万能的大熊（宗宁）', ['万能的大熊（宗宁）', '万能的大熊', '宗宁', '大熊']),
  suggestion('小灰熊金服', ['小灰熊金服', '小灰熊']),
  suggestion('SU7 Ultra', ['SU7 Ultra']),
];
const fold = (text: string) => text.toLowerCase();
const labels = (typed: string, max = 5) => matchSuggestions(all, typed, fold, max).map((s) => s.label);

describe('matchSuggestions', () => {
  it('suggests what holds the typed text, terms that start with it first', () => {
    expect(labels('万能')).toEqual(['万能的大熊（宗宁）', '小米接触博主“万能的大熊”，24小时内辞退员工、处分两名高管']);
    expect(labels('大熊')).toEqual(['万能的大熊（宗宁）', '小米接触博主“万能的大熊”，24小时内辞退员工、处分两名高管']);
    expect(labels('小灰')).toEqual(['小灰熊金服']);
  });

  it('matches Latin in any case and without the spaces', () => {
    expect(labels('su7ultra')).toEqual(['SU7 Ultra']);
  });

  it('suggests nothing for nothing, for what no term holds, and no more than asked', () => {
    expect(labels('')).toEqual([]);
    expect(labels('冰箱')).toEqual([]);
    expect(labels('熊', 1)).toHaveLength(1);
  });
});
