import { describe, expect, it } from 'vitest';
import { createSearchVocabulary } from './createSearchVocabulary';

describe('createSearchVocabulary', () => {
  it('collects characters, declared terms and the pages using each word', () => {
    const { add, vocabulary } = createSearchVocabulary();
    add('<main data-pagefind-body><p>冰箱订单被取消，冰箱没有发货</p><ul data-search-terms><li>罗女士</li></ul></main>');
    add('<main data-pagefind-body><p>冰箱</p></main>');
    expect(vocabulary.pages).toBe(2);
    expect(vocabulary.terms).toEqual(['罗女士']);
    expect(vocabulary.characters.has('箱')).toBe(true);
    expect(vocabulary.characters.has('罗')).toBe(true);
    expect(vocabulary.pagesWithWord.get('冰箱')).toBe(2);
    expect(vocabulary.pagesWithWord.get('订单')).toBe(1);
  });
});
