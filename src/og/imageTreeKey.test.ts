import { describe, expect, it } from 'vitest';
import { imageTreeKey } from './imageTreeKey';

describe('imageTreeKey', () => {
  it('gives the same content the same key, and another content, or another converter, another', () => {
    const card = { kind: 'card', edition: 'hans', card: { path: '/og/cases/a.png', title: '甲' } };
    const keyOf = imageTreeKey('');
    expect(keyOf(card)).toMatch(/^[0-9a-f]{64}$/);
    expect(imageTreeKey('')(card)).toBe(keyOf(card));
    expect(keyOf({ ...card, card: { ...card.card, title: '乙' } })).not.toBe(keyOf(card));
    expect(keyOf({ ...card, edition: 'hant' })).not.toBe(keyOf(card));
    // The Traditional converter's exceptions and titles (its key) are part of every key made with them.
    expect(imageTreeKey('converter 1')(card)).not.toBe(keyOf(card));
    expect(imageTreeKey('converter 1')(card)).not.toBe(imageTreeKey('converter 2')(card));
  });
});
