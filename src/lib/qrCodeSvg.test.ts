import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from './qrCodeSvg';

describe('qrCodeSvg', () => {
  const url = 'https://example.org/xinren/cases/fridge-1111-orders-2025/';
  const svg = qrCodeSvg(url, '本页地址的二维码');

  it('draws a code that a scanner reads back as the address', () => {
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, font: { loadSystemFonts: false } }).render();
    const decoded = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
    expect(decoded?.data).toBe(url);
  });

  it('draws the same code again from the mask it chose the first time', () => {
    const masks = (globalThis as Record<symbol, Map<string, number>>)[Symbol.for('xinren.qrCodeMasks')];
    expect(masks?.get(url)).toBeTypeOf('number');
    // Forgetting the choice makes uqr score the masks again: it picks the same one.
    masks?.delete(url);
    expect(qrCodeSvg(url, '本页地址的二维码')).toBe(svg);
    expect(qrCodeSvg(url, '本页地址的二维码')).toBe(svg);
  });

  it('is an accessible image without inline styles', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="本页地址的二维码"/);
    expect(svg).not.toContain('style=');
  });
});
