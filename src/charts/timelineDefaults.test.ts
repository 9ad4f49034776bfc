import { describe, expect, it } from 'vitest';
import { EVENT_LABEL_MAX } from '../schemas/eventSchema';
import { textEms } from './textEms';
import { TIMELINE_DEFAULTS as D } from './timelineDefaults';

describe('TIMELINE_DEFAULTS', () => {
  it('has the expected defaults', () => {
    expect(D.wide).toEqual({
      width: 760,
      margin: { top: 8, right: 16, bottom: 26, left: 96 },
      rowHeight: 18,
      minGap: 12,
      maxRows: 6,
      dayRadius: 5.5,
      spanRadius: 4,
      spanThickness: 8,
      tickSpacing: 45,
      labelFont: 11,
    });
    expect(D.narrow).toMatchObject({ width: 360, gutter: 150, gutterGap: 8, minColumn: 11, maxColumns: 4, minGap: 11, labelFont: 12 });
    expect(D.labels).toEqual({ padding: 2, gap: 3, lineHeight: 1.25, step: 4, maxShiftWide: 200, maxShiftNarrow: 96 });
    expect(D.scale).toMatchObject({ minBreakDays: 120, breakShare: 0.03, minShare: 0.05 });
    expect(D.minSpanDays).toBe(10);
  });

  it('gives a label line room in a row, and a phone label at most two lines in its column', () => {
    const line = D.wide.labelFont * D.labels.lineHeight + 2 * D.labels.padding;
    expect(line).toBeLessThanOrEqual(D.wide.rowHeight);
    const perLine = Math.floor((D.narrow.gutter - 2 * D.labels.padding) / D.narrow.labelFont);
    expect(2 * perLine).toBeGreaterThanOrEqual(EVENT_LABEL_MAX);
  });

  it('holds a full date in the phone’s left margin', () => {
    expect(textEms('2025.11.14') * D.axisFont).toBeLessThanOrEqual(D.narrow.margin.left - 4);
  });

  it('leaves the phone lanes room for at least two sub-columns of dots when there are six lanes', () => {
    const lanes = D.narrow.width - D.narrow.margin.left - D.narrow.margin.right - D.narrow.gutter - D.narrow.gutterGap;
    expect(lanes / 6).toBeGreaterThanOrEqual(2 * D.narrow.minColumn);
    expect(D.narrow.minColumn).toBeGreaterThanOrEqual(2 * D.narrow.dayRadius);
  });
});
