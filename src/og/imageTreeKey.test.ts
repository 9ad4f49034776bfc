import { describe, expect, it, vi } from 'vitest';
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

  it('is the same with the content or the cache kept in another folder, and not for another site address', async () => {
    const card = { kind: 'card', edition: 'hans', card: { path: '/og/cases/a.png', title: '甲' } };
    const here = imageTreeKey('')(card);
    try {
      vi.stubEnv('CONTENT_DIR', '/tmp/elsewhere/content');
      vi.stubEnv('CACHE_DIR', '/tmp/elsewhere/cache');
      vi.resetModules();
      const moved = await import('./imageTreeKey');
      expect(moved.imageTreeKey('')(card)).toBe(here);
      vi.stubEnv('SITE_URL', 'https://another.example');
      vi.resetModules();
      const otherSite = await import('./imageTreeKey');
      expect(otherSite.imageTreeKey('')(card)).not.toBe(here);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
