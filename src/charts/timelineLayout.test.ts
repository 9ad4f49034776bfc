import { describe, expect, it } from 'vitest';
import { timelineLayout, type TimelineItem } from './timelineLayout';

const day = (id: string, date: string, lane: string): TimelineItem => ({
  id,
  start: new Date(`${date}T00:00:00Z`),
  end: new Date(new Date(`${date}T00:00:00Z`).getTime() + 864e5),
  precision: 'day',
  lane,
});

const lanes = [
  { key: 'a', label: 'A' },
  { key: 'b', label: 'B' },
];
const margin = { top: 0, right: 0, bottom: 20, left: 0 };
const domain: [Date, Date] = [new Date('2025-01-01T00:00:00Z'), new Date('2025-01-11T00:00:00Z')];

describe('timelineLayout', () => {
  it('places day events on the time axis, one band per lane', () => {
    const g = timelineLayout([day('x', '2025-01-01', 'a'), day('y', '2025-01-06', 'b')], { width: 100, lanes, margin, domain, rowHeight: 10 });
    expect(g.marks).toEqual([
      { id: 'x', lane: 'a', x: 0, x2: 0, y: 5, precision: 'day' },
      { id: 'y', lane: 'b', x: 50, x2: 50, y: 15, precision: 'day' },
    ]);
    expect(g.lanes).toEqual([
      { key: 'a', label: 'A', y: 0, height: 10 },
      { key: 'b', label: 'B', y: 10, height: 10 },
    ]);
    expect(g.height).toBe(40);
  });

  it('moves overlapping events in one lane to a second row', () => {
    const g = timelineLayout([day('x', '2025-01-02', 'a'), day('y', '2025-01-02', 'a'), day('z', '2025-01-09', 'a')], {
      width: 100,
      lanes: [{ key: 'a', label: 'A' }],
      margin,
      domain,
      rowHeight: 10,
      minGap: 12,
    });
    expect(g.marks.map((m) => [m.id, m.y])).toEqual([
      ['x', 5],
      ['y', 15],
      ['z', 5],
    ]);
    expect(g.lanes[0]?.height).toBe(20);
  });

  it('draws a month-precision event as a span over its month', () => {
    const g = timelineLayout(
      [{ id: 'm', start: new Date('2025-02-01T00:00:00Z'), end: new Date('2025-03-01T00:00:00Z'), precision: 'month', lane: 'a' }],
      { width: 130, lanes: [{ key: 'a', label: 'A' }], margin, domain: [new Date('2025-01-01T00:00:00Z'), new Date('2025-05-01T00:00:00Z')], rowHeight: 10 },
    );
    // January has 31 days and February 28: the span runs from 31/120 to 59/120 of 130px.
    expect(g.marks[0]).toMatchObject({ x: 33.6, x2: 63.9 });
    // About one tick per 80px: at 130px, two; the first carries the year.
    expect(g.ticks.map((t) => t.label)).toEqual(['2025.01', '04月']);
    const wide = timelineLayout([], { width: 400, lanes: [{ key: 'a', label: 'A' }], margin, domain: [new Date('2025-01-01T00:00:00Z'), new Date('2025-05-01T00:00:00Z')] });
    expect(wide.ticks.map((t) => t.label)).toEqual(['2025.01', '02月', '03月', '04月', '05月']);
  });

  it('drops events whose lane is not drawn', () => {
    const g = timelineLayout([day('x', '2025-01-02', 'c')], { width: 100, lanes, margin, domain });
    expect(g.marks).toEqual([]);
  });
});

describe('timelineLayout at the scale of the finished site', () => {
  it('keeps 150 events from 2015 to 2026 inside their lanes and the plot', () => {
    // Deterministic synthetic events: most of them crowded into 2025, as on the real site.
    const items: TimelineItem[] = Array.from({ length: 150 }, (_, i) => {
      const year = i % 5 === 0 ? 2015 + (i % 11) : 2025;
      const start = new Date(Date.UTC(year, (i * 7) % 12, 1 + ((i * 13) % 28)));
      const month = i % 9 === 0;
      return {
        id: `e${i}`,
        start: month ? new Date(Date.UTC(year, start.getUTCMonth(), 1)) : start,
        end: month ? new Date(Date.UTC(year, start.getUTCMonth() + 1, 1)) : new Date(start.getTime() + 864e5),
        precision: month ? 'month' : 'day',
        lane: `l${i % 6}`,
      };
    });
    const sixLanes = Array.from({ length: 6 }, (_, i) => ({ key: `l${i}`, label: `L${i}` }));
    const g = timelineLayout(items, { width: 760, lanes: sixLanes, rowHeight: 18, maxRows: 6 });
    expect(g.marks).toHaveLength(150);
    for (const mark of g.marks) {
      const lane = g.lanes.find((l) => l.key === mark.lane);
      expect(lane).toBeDefined();
      expect(mark.y).toBeGreaterThan(lane?.y ?? Infinity);
      expect(mark.y).toBeLessThan((lane?.y ?? 0) + (lane?.height ?? 0));
      expect(mark.x).toBeGreaterThanOrEqual(g.margin.left);
      expect(mark.x2).toBeLessThanOrEqual(g.width - g.margin.right);
    }
    // Crowded lanes use every row they may, and no more.
    expect(Math.max(...g.lanes.map((l) => l.height))).toBe(6 * 18);
    expect(g.ticks.map((t) => t.label)).toEqual(['2016', '2018', '2020', '2022', '2024', '2026']);
  });
});
