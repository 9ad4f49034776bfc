import { describe, expect, it } from 'vitest';
import { buildSearchLexicon } from './buildSearchLexicon';

describe('buildSearchLexicon', () => {
  const site = new Set([...'雷军小米冰箱订单系统错误发货']);

  it('maps Traditional characters to Simplified ones the site uses, and only those', () => {
    const { t2s } = buildSearchLexicon(site, []);
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
    // A character the site itself uses is never rewritten.
    expect(map.has('米')).toBe(false);
  });

  it('keeps the site words of two characters or more, lower-cased, once, sorted', () => {
    expect(buildSearchLexicon(site, ['小灰熊', ' SU7 ', '小灰熊', '冰', 'P2P']).words).toEqual(['p2p', 'su7', '小灰熊']);
  });
});
