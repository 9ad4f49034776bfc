import { describe, expect, it } from 'vitest';
import { editionTree } from './editionTree';
import { IMAGE_FONTS, type CardNode } from './socialCard';

const draw = (content: { title: string }): CardNode => ({
  type: 'div',
  props: { style: { fontFamily: IMAGE_FONTS.hans }, children: [content.title] },
});

describe('editionTree', () => {
  it('makes the Simplified tree as drawn, only when asked, in the Simplified font', () => {
    const { convert, treeOf } = editionTree('hans');
    expect(convert).toBeUndefined();
    let drawn = 0;
    const tree = treeOf('card', { title: '小米回应称' }, (content) => (drawn++, draw(content)));
    expect(drawn).toBe(0);
    expect(tree.family).toBe(IMAGE_FONTS.hans);
    expect(tree.make()).toEqual(draw({ title: '小米回应称' }));
    expect(drawn).toBe(1);
  });

  it('converts the Traditional tree and names its font, under a key of its own', () => {
    const hans = editionTree('hans').treeOf('card', { title: '小米回应称' }, draw);
    const { convert, treeOf } = editionTree('hant');
    expect(convert?.('回应')).toBe('回應');
    const hant = treeOf('card', { title: '小米回应称' }, draw);
    expect(hant.family).toBe(IMAGE_FONTS.hant);
    expect(hant.make()).toEqual({ type: 'div', props: { style: { fontFamily: IMAGE_FONTS.hant }, children: ['小米回應稱'] } });
    expect(hant.key).not.toBe(hans.key);
  });

  it('keys an image by its kind and its content', () => {
    const { treeOf } = editionTree('hans');
    const card = treeOf('card', { title: '甲' }, draw);
    expect(treeOf('card', { title: '甲' }, draw).key).toBe(card.key);
    expect(treeOf('card', { title: '乙' }, draw).key).not.toBe(card.key);
    expect(treeOf('poster', { title: '甲' }, draw).key).not.toBe(card.key);
  });
});
