import { describe, expect, it } from 'vitest';
import { readSearchLexicon } from '../../search/readSearchLexicon';
import { planQuery } from './planQuery';

const lexicon = readSearchLexicon({
  t2s: '萬万華华統统錯错誤误',
  written: '萬',
  words: ['万能的大熊'],
  common: ['小米'],
  synonyms: [['引擎盖', '前舱盖'], ['小米汽车', 'su7', '小米汽车科技'], ['车门打不开', '无法打开车门']],
  pages: 300,
});
const forms = (q: string) => planQuery(q, lexicon).words.map((w) => w.forms.map((f) => f.text));

describe('planQuery', () => {
  it('converts Traditional characters even where the site uses them, and then searches the word as written too', () => {
    expect(forms('萬能的大熊')).toEqual([['万能的大熊', '萬能的大熊']]);
    // 統, 錯 and 誤 are on no page: searching them as written would find nothing.
    expect(forms('系統錯誤')).toEqual([['系统'], ['错误']]);
    expect(forms('系统错误')).toEqual([['系统'], ['错误']]);
  });

  it('says which form is the word as written, to rank what only it finds lower', () => {
    expect(planQuery('萬能的大熊', lexicon).words.map((w) => w.written)).toEqual(['萬能的大熊']);
    expect(planQuery('万能的大熊', lexicon).words.map((w) => w.written)).toEqual([undefined]);
  });

  it('adds the synonyms of a word, each searched as one phrase', () => {
    const [hood] = planQuery('引擎盖', lexicon).words;
    expect(hood?.forms.map((f) => [f.text, f.tokens, f.exact])).toEqual([
      ['引擎盖', ['引', '擎', '盖'], true],
      ['前舱盖', ['前', '舱', '盖'], true],
    ]);
    expect(hood?.synonyms).toEqual(['前舱盖']);
    expect(forms('车门打不开')).toEqual([['车门打不开', '无法打开车门']]);
    expect(planQuery('小米汽车', lexicon).words[0]?.forms.map((f) => [f.text, f.exact])).toEqual([
      ['小米汽车', true],
      ['su7', false],
      ['小米汽车科技', true],
    ]);
  });

  it('cuts a synonym out of a longer run of characters', () => {
    expect(planQuery('小米汽车事故', lexicon).words.map((w) => w.text)).toEqual(['小米汽车', '事故']);
  });

  it('leaves a common word out beside others, and keeps the whole phrase only when nothing was left out', () => {
    expect(planQuery('小米 冰箱', lexicon).words.map((w) => w.text)).toEqual(['冰箱']);
    expect(planQuery('小米 冰箱', lexicon).phrase).toBeUndefined();
    expect(planQuery('小米', lexicon).words.map((w) => w.text)).toEqual(['小米']);
    expect(planQuery('冰箱订单', lexicon).phrase).toEqual(['冰', '箱', '订', '单']);
  });

  it('counts words of two characters, numbers and Latin words, not single characters', () => {
    expect(planQuery('冰箱 坏 429 nfc', lexicon).words.map((w) => [w.text, w.counted])).toEqual([
      ['冰箱', true],
      ['坏', false],
      ['429', true],
      ['nfc', true],
    ]);
  });
});
