import { describe, expect, it } from 'vitest';
import { renderPng } from './renderPng';
import { CARD_HEIGHT, CARD_WIDTH } from './socialCard';
import { socialCardTree } from './socialCardTree';

describe('renderPng with socialCardTree', () => {
  it('renders a Chinese card as a 1200×630 PNG, with the bundled font and no download', async () => {
    const png = await renderPng(
      socialCardTree({ path: '', kicker: '案件档案 · 家电', title: '11.11元冰箱订单被“系统错误”取消', figure: { value: '30元', label: '补偿', date: '2025年11月15日' }, meta: ['进行中'] }),
      { width: CARD_WIDTH, height: CARD_HEIGHT },
    );
    const view = new DataView(png.buffer);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    // Text drawn as glyph outlines makes a card far larger than an empty one (≈3 KB).
    expect(png.byteLength).toBeGreaterThan(20_000);
  });
});
