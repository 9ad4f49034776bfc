import { describe, expect, it } from 'vitest';
import { readSearchLexicon } from './readSearchLexicon';

describe('readSearchLexicon', () => {
  it('reads pairs, words, common words, synonym groups and the page count', () => {
    const lexicon = readSearchLexicon({ t2s: '萬万華华', written: '萬', words: ['罗女士'], common: ['小米'], synonyms: [['引擎盖', '前舱盖', '机盖'], ['股价', '市值']], pages: 58 });
    expect([...lexicon.t2s]).toEqual([['萬', '万'], ['華', '华']]);
    expect([...lexicon.written]).toEqual(['萬']);
    expect(lexicon.synonyms.get('引擎盖')).toEqual(['前舱盖', '机盖']);
    expect(lexicon.synonyms.get('市值')).toEqual(['股价']);
    // Synonyms are words a query is cut into.
    expect([...lexicon.words].sort()).toEqual(['前舱盖', '市值', '引擎盖', '机盖', '罗女士', '股价'].sort());
    expect(lexicon.common.has('小米')).toBe(true);
    expect(lexicon.pages).toBe(58);
  });

  it('merges the groups a word is in, and leaves out pairs that would change the text’s length', () => {
    const lexicon = readSearchLexicon({ t2s: '𠀀a萬万', synonyms: [['a', 'b'], ['a', 'c']] });
    expect([...lexicon.t2s]).toEqual([['萬', '万']]);
    expect(lexicon.synonyms.get('a')).toEqual(['b', 'c']);
  });

  it('reads a missing or malformed file as an empty lexicon', () => {
    for (const json of [null, 'x', { t2s: 3, words: 'a', synonyms: [3] }]) {
      const lexicon = readSearchLexicon(json);
      expect([lexicon.t2s.size, lexicon.written.size, lexicon.words.size, lexicon.common.size, lexicon.synonyms.size, lexicon.pages]).toEqual([0, 0, 0, 0, 0, 0]);
    }
  });
});
