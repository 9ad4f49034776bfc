import { describe, expect, it } from 'vitest';
import { markBoxes } from './labelGeometry';
import { segmentTimeline } from './segmentTimeline';
import { TIMELINE_DEFAULTS as D } from './timelineDefaults';
import type { Box, TimelineItem } from './timelineTypes';
import { verticalTimelineLayout, type VerticalTimelineOptions } from './verticalTimelineLayout';

const DAY = 864e5;
const t = (text: string) => Date.parse(`${text}T00:00:00Z`);
const day = (id: string, date: string, lane: string, label?: string): TimelineItem => ({ id, start: t(date), end: t(date) + DAY, span: false, lane, label, rank: label ? 0 : undefined });
const { maxShiftWide, ...labels } = D.labels;
const lanes = [
  { key: 'a', label: 'A' },
  { key: 'b', label: 'B' },
];
// 100 wide for the lanes (two of 50), then the labels' column.
const options = (over: Partial<VerticalTimelineOptions> = {}): VerticalTimelineOptions => ({
  ...D.narrow,
  width: 100 + D.narrow.gutter + D.narrow.gutterGap,
  margin: { top: 0, right: 0, bottom: 0, left: 0 },
  plotHeight: 100,
  axisFont: D.axisFont,
  labels,
  lanes,
  segments: [{ t0: t('2025-01-01'), t1: t('2025-01-11'), u0: 0, u1: 1 }],
  ...over,
});
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

describe('verticalTimelineLayout', () => {
  it('runs time down the page, one column per lane', () => {
    const g = verticalTimelineLayout([day('x', '2025-01-01', 'a'), day('y', '2025-01-06', 'b')], options());
    expect(g.marks.map((m) => [m.id, m.dot.cx, m.dot.cy])).toEqual([
      ['x', 25, 0],
      ['y', 75, 50],
    ]);
    expect(g.lanes.map((l) => [l.key, l.band.x, l.band.width])).toEqual([
      ['a', 0, 50],
      ['b', 50, 50],
    ]);
    expect(g.height).toBe(100);
  });

  it('splits a crowded lane into sub-columns', () => {
    const g = verticalTimelineLayout([day('x', '2025-01-02', 'a'), day('y', '2025-01-02', 'a'), day('z', '2025-01-09', 'a')], options({ width: 60 + D.narrow.gutter + D.narrow.gutterGap, lanes: [{ key: 'a', label: 'A' }], minGap: 12 }));
    expect(g.marks.map((m) => [m.id, m.dot.cx, m.dot.cy])).toEqual([
      ['x', 15, 10],
      ['y', 45, 10],
      ['z', 15, 80],
    ]);
  });

  it('draws a month-precision event as a span down its month, and ticks the axis', () => {
    const g = verticalTimelineLayout(
      [{ id: 'm', start: t('2025-02-01'), end: t('2025-03-01'), span: true, lane: 'a' }],
      options({ plotHeight: 137, margin: { top: 0, right: 0, bottom: 0, left: 66 }, width: 166 + D.narrow.gutter + D.narrow.gutterGap, segments: [{ t0: t('2024-12-15'), t1: t('2025-05-01'), u0: 0, u1: 1 }] }),
    );
    // One pixel a day: February runs from day 48 to day 76 of the axis.
    expect(g.marks[0]?.span).toMatchObject({ y: 48, height: 28 });
    expect(g.ticks.map((tick) => tick.text.text)).toEqual(['2025.01', '04月']);
    // Tick labels stand in the left margin, right-aligned against the axis.
    expect(g.ticks.every((tick) => tick.anchor === 'end' && tick.text.x === 60)).toBe(true);
  });

  it('lays a key event’s label in the labels’ column, level with its mark, joined by a leader', () => {
    const g = verticalTimelineLayout([day('x', '2025-01-03', 'a', '第一个'), day('y', '2025-01-03', 'b', '第二个')], options());
    const [first, second] = g.labels;
    expect(first?.box.x).toBe(100 + D.narrow.gutterGap);
    expect((first?.box.y ?? 0) + (first?.box.height ?? 0) / 2).toBeCloseTo(20, 6);
    expect(first?.leader).toMatchObject({ x2: 100 + D.narrow.gutterGap });
    // The second, at the same height, moves down or up a few steps.
    expect(overlap(first?.box ?? { x: 0, y: 0, width: 0, height: 0 }, second?.box ?? { x: 0, y: 0, width: 0, height: 0 })).toBe(false);
  });

  it('wraps a long label on two lines in its column', () => {
    const g = verticalTimelineLayout([day('x', '2025-01-05', 'a', '十四个字的标注文字写满一整行')], options());
    expect(g.labels[0]?.lines.map((line) => line.text)).toEqual(['十四个字的标注', '文字写满一整行']);
  });
});

describe('verticalTimelineLayout at the scale of the finished site', () => {
  const items: TimelineItem[] = Array.from({ length: 150 }, (_, i) => {
    const year = i % 5 === 0 ? 2015 + (i % 4) : 2025;
    const start = Date.UTC(year, i % 5 === 0 ? (i * 7) % 12 : 8 + (i % 4), 1 + ((i * 13) % 28));
    return { id: `e${i}`, start, end: start + DAY, span: false, lane: `l${i % 6}`, label: i % 4 === 0 ? `关键事件${i}号` : undefined, rank: Math.floor(i / 24) };
  });
  const sixLanes = Array.from({ length: 6 }, (_, i) => ({ key: `l${i}`, label: `L${i}`, short: `L${i}` }));
  const g = verticalTimelineLayout(items, { ...D.narrow, margin: { ...D.narrow.margin }, axisFont: D.axisFont, labels, lanes: sixLanes, segments: segmentTimeline(items, D.scale) });

  it('names many events, each label in its column, covering no other label and no mark', () => {
    expect(g.labels.length).toBeGreaterThanOrEqual(6);
    const marks = g.marks.flatMap(markBoxes);
    for (const [i, label] of g.labels.entries()) {
      expect(label.box.x).toBeGreaterThanOrEqual(g.plot.right);
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(g.width);
      for (const other of g.labels.slice(i + 1)) expect(overlap(label.box, other.box)).toBe(false);
      for (const mark of marks) expect(overlap(label.box, mark)).toBe(false);
    }
  });
});
