import { describe, expect, it } from 'vitest';
import type { TimelineItem } from './timelineLayout';
import { verticalTimelineLayout } from './verticalTimelineLayout';

const day = (id: string, date: string, lane: string): TimelineItem => ({
  id,
  start: new Date(`${date}T00:00:00Z`),
  end: new Date(new Date(`${date}T00:00:00Z`).getTime() + 864e5),
  precision: 'day',
  lane,
});
const margin = { top: 0, right: 0, bottom: 0, left: 0 };
const domain: [Date, Date] = [new Date('2025-01-01T00:00:00Z'), new Date('2025-01-11T00:00:00Z')];
const lanes = [
  { key: 'a', label: 'A' },
  { key: 'b', label: 'B' },
];

describe('verticalTimelineLayout', () => {
  it('runs time down the page, one column per lane', () => {
    const g = verticalTimelineLayout([day('x', '2025-01-01', 'a'), day('y', '2025-01-06', 'b')], { width: 100, plotHeight: 100, lanes, margin, domain });
    expect(g.marks).toEqual([
      { id: 'x', lane: 'a', x: 25, y: 0, y2: 0, precision: 'day' },
      { id: 'y', lane: 'b', x: 75, y: 50, y2: 50, precision: 'day' },
    ]);
    expect(g.lanes).toEqual([
      { key: 'a', label: 'A', x: 0, width: 50 },
      { key: 'b', label: 'B', x: 50, width: 50 },
    ]);
    expect(g.height).toBe(100);
  });

  it('splits a crowded lane into sub-columns', () => {
    const g = verticalTimelineLayout([day('x', '2025-01-02', 'a'), day('y', '2025-01-02', 'a'), day('z', '2025-01-09', 'a')], {
      width: 60,
      plotHeight: 100,
      lanes: [{ key: 'a', label: 'A' }],
      margin,
      domain,
      minGap: 12,
    });
    expect(g.marks.map((m) => [m.id, m.x, m.y])).toEqual([
      ['x', 15, 10],
      ['y', 45, 10],
      ['z', 15, 80],
    ]);
  });

  it('draws a month-precision event as a span down its month, and labels the ticks', () => {
    const g = verticalTimelineLayout(
      [{ id: 'm', start: new Date('2025-02-01T00:00:00Z'), end: new Date('2025-03-01T00:00:00Z'), precision: 'month', lane: 'a' }],
      { width: 60, plotHeight: 120, lanes: [{ key: 'a', label: 'A' }], margin, domain: [new Date('2025-01-01T00:00:00Z'), new Date('2025-05-01T00:00:00Z')] },
    );
    // January has 31 days and February 28: the span runs from 31/120 to 59/120 of 120px.
    expect(g.marks[0]).toMatchObject({ y: 31, y2: 59 });
    // About one tick per 70px: at 120px, two, three months apart.
    expect(g.ticks.map((t) => t.label)).toEqual(['2025.01', '04月']);
  });
});
