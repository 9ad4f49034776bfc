import { describe, expect, it } from 'vitest';
import { buildSearchLexicon } from './buildSearchLexicon';
import type { SearchVocabulary } from './createSearchVocabulary';

const vocabulary = (characters: string, extra: Partial<SearchVocabulary> = {}): SearchVocabulary => ({
  characters: new Set([...characters]),
  characterCounts: new Map([...characters].map((c) => [c, 1])),
  bigrams: new Set(),
  terms: [],
  pagesWithWord: new Map(),
  pages: 0,
  ...extra,
});

describe('buildSearchLexicon', () => {
  const site = '雷军小米冰箱订单系统错误发货万能';

  it('maps Traditional characters to the Simplified ones the site uses, and only those', () => {
    const { t2s } = buildSearchLexicon(vocabulary(site));
    const map = new Map([...t2s.matchAll(/(.)(.)/gu)].map((m) => [m[1], m[2]]));
    expect(map.get('軍')).toBe('军');
    expect(map.get('訂')).toBe('订');
    expect(map.get('統')).toBe('统');
    expect(map.get('錯')).toBe('错');
    expect(map.get('誤')).toBe('误');
    expect(map.get('發')).toBe('发');
    expect(map.get('貨')).toBe('货');
    // 門 → 门, but 门 is not on this site: nothing to find, so no entry.
    expect(map.has('門')).toBe(false);
    // Simplified characters are not rewritten.
    expect(map.has('米')).toBe(false);
  });

  it('maps a Traditional character the site also uses (萬 in a Traditional title): queries always convert', () => {
    const { t2s, written } = buildSearchLexicon(vocabulary(`${site}萬`));
    expect(new Map([...t2s.matchAll(/(.)(.)/gu)].map((m) => [m[1], m[2]])).get('萬')).toBe('万');
    // And says the site holds it, so that a query holding it is searched as written too.
    expect(written).toBe('萬');
    expect(buildSearchLexicon(vocabulary(site)).written).toBe('');
  });

  it('keeps the Chinese site words the browser would cut differently, once, sorted', () => {
    const terms = ['罗女士', ' 秋田财富 ', '罗女士', '冰', '冰箱', '小灰熊', 'P2P', 'JAX蔡'];
    // 罗|女士 and 秋田|财富 would be cut in two; 冰箱 is one word already; 小|灰|熊 is joined again anyway.
    expect(buildSearchLexicon(vocabulary(site, { terms })).words).toEqual(['秋田财富', '罗女士']);
  });

  it('lists the words on 60% of the pages or more as common, on a site of 200 pages or more', () => {
    const pagesWithWord = new Map([['小米', 400], ['用户', 240], ['事故', 230], ['冰箱', 3]]);
    expect(buildSearchLexicon(vocabulary(site, { pagesWithWord, pages: 400 })).common).toEqual(['小米', '用户']);
    expect(buildSearchLexicon(vocabulary(site, { pagesWithWord: new Map([['小米', 40]]), pages: 40 })).common).toEqual([]);
  });

  it('carries the synonyms table spelled as queries are, and the number of pages', () => {
    const lexicon = buildSearchLexicon(vocabulary(site, { pages: 58 }), [['小米汽车', 'SU7', 'ＳＵ７'], ['股价', '市值']]);
    expect(lexicon.synonyms).toEqual([['小米汽车', 'su7'], ['股价', '市值']]);
    expect(lexicon.pages).toBe(58);
  });

  it('folds a Traditional edition\'s queries into the characters its synonyms are written in, where no page holds them', () => {
    // 魷 and 魚 are on no page, only in the synonym 炒魷魚; 開 is on pages.
    const lexicon = buildSearchLexicon(vocabulary('開除解僱'), [['開除', '解僱', '炒魷魚']], 'hant');
    const fold = new Map([...lexicon.t2s.matchAll(/(.)(.)/gu)].map((m) => [m[1], m[2]]));
    expect(fold.get('鱿')).toBe('魷');
    expect(fold.get('鱼')).toBe('魚');
    expect(fold.get('开')).toBe('開');
    expect(lexicon.synonyms).toEqual([['開除', '解僱', '炒魷魚']]);
  });

  it('maps the Traditional forms of the synonyms\' characters too, where no page holds them', () => {
    const lexicon = buildSearchLexicon(vocabulary('开除解雇'), [['开除', '解雇', '炒鱿鱼']]);
    expect(lexicon.t2s).toContain('魷鱿');
    expect(lexicon.t2s).toContain('魚鱼');
  });
});
