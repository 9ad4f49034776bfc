import { describe, expect, it } from 'vitest';
import { ROW_CHART_DEFAULTS as D } from './rowChartDefaults';
import { textEms } from './textEms';

describe('ROW_CHART_DEFAULTS', () => {
  it('keeps the "公开前" slot clear of the centred "问题公开" over the zero rule', () => {
    const { row, beforeLabel, zeroLabel } = D.responseTime;
    for (const variant of [D.responseTime.wide, D.responseTime.narrow]) {
      const before = textEms(beforeLabel) * row.titleFont;
      const halfZero = (textEms(zeroLabel) * row.titleFont) / 2;
      expect(before + halfZero).toBeLessThanOrEqual(variant.beforeWidth);
    }
  });

  it('stacks a response row without overlap: name, marks, words, all inside the row', () => {
    const { row } = D.responseTime;
    expect(row.titleY).toBeLessThan(row.markY - row.stem);
    expect(row.markY + Math.max(row.stem, row.markRadius)).toBeLessThan(row.textY - row.textFont);
    for (const variant of [D.responseTime.wide, D.responseTime.narrow]) expect(row.textY).toBeLessThan(variant.rowHeight);
  });

  it('leaves room above the plot for the tick labels of both charts', () => {
    expect(D.responseTime.wide.margin.top).toBeGreaterThanOrEqual(D.responseTime.tickLabelGap + D.responseTime.row.titleFont);
    expect(D.figures.wide.margin.top).toBeGreaterThanOrEqual(D.figures.tickLabelGap + D.figures.row.font);
  });

  it('places a figure row\'s mark below its label, inside the row, on both widths', () => {
    const { row } = D.figures;
    for (const variant of [D.figures.wide, D.figures.narrow]) {
      const mid = variant.rowHeight - row.markFromBottom;
      expect(mid - Math.max(row.circle, row.square, row.diamond)).toBeGreaterThan(row.labelY);
      expect(mid + row.diamond).toBeLessThanOrEqual(variant.rowHeight);
    }
  });

  it('gives the narrow variants the phone width and the wide ones twice it', () => {
    expect(D.responseTime.narrow.width).toBe(360);
    expect(D.figures.narrow.width).toBe(360);
    expect(D.responseTime.wide.width).toBe(2 * D.responseTime.narrow.width);
    expect(D.figures.wide.width).toBe(2 * D.figures.narrow.width);
  });
});
