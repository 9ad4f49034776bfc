import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../e2e/support/decodePng';
import { renderPng } from './renderPng';
import { POSTER_HEIGHT, POSTER_PIXELS, POSTER_SCALE, POSTER_WIDTH, type SharePoster } from './sharePoster';
import { sharePosterTree } from './sharePosterTree';

describe('sharePosterTree', () => {
  it('keeps the QR code whole and readable on a poster with the longest texts the content allows', async () => {
    const long = (n: number) => '很长的文字'.repeat(Math.ceil(n / 5)).slice(0, n);
    const poster: SharePoster = {
      path: '/posters/cases/x.png',
      url: 'https://xinren-zhangben.example/xinren/cases/a-rather-long-case-slug-for-testing-2025/',
      kicker: '案件档案 · 互联网金融',
      title: long(60),
      status: '无公开进展',
      meta: ['2017年11月20日—2026年12月31日'],
      figure: { value: '约15482亿港元', label: long(40), date: '2025年11月19日' },
      events: Array.from({ length: 5 }, (_, i) => ({ date: `2025年${10 + i}月2${i}日`, label: long(14) })),
      clock: { start: '2025年10月20日', response: `小米回应：问题公开之前（${long(80)}）`, outcome: `监管与处罚：问题公开之前（${long(80)}）` },
    };
    const png = await renderPng(sharePosterTree(poster), { width: POSTER_WIDTH, height: POSTER_HEIGHT, scale: POSTER_SCALE });
    const { width, height, rgba } = decodePng(png);
    expect([width, height]).toEqual([POSTER_PIXELS.width, POSTER_PIXELS.height]);
    expect([width, height]).toEqual([720, 1280]);
    expect(jsQR(rgba, width, height)?.data).toBe(poster.url);
  });
});
