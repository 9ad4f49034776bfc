import { describe, expect, it } from 'vitest';
import { markBoxes } from './labelGeometry';
import { segmentTimeline } from './segmentTimeline';
import { TIMELINE_DEFAULTS as D } from './timelineDefaults';
import { timelineLayout, type TimelineOptions } from './timelineLayout';
import type { Box, TimelineItem } from './timelineTypes';

const DAY = 864e5;
const t = (text: string) => Date.parse(`${text}T00:00:00Z`);
const day = (id: string, date: string, lane: string, label?: string): TimelineItem => ({ id, start: t(date), end: t(date) + DAY, span: false, lane, label, rank: label ? 0 : undefined });
const { maxShiftNarrow, ...labels } = D.labels;
const lanes = [
  { key: 'a', label: 'A' },
  { key: 'b', label: 'B' },
];
const options = (over: Partial<TimelineOptions> = {}): TimelineOptions => ({
  ...D.wide,
  margin: { top: 0, right: 0, bottom: 20, left: 0 },
  axisFont: D.axisFont,
  labels,
  lanes,
  segments: [{ t0: t('2025-01-01'), t1: t('2025-01-11'), u0: 0, u1: 1 }],
  ...over,
});
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;
const inside = (a: Box, b: Box) => a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.width <= b.x + b.width + 1e-6 && a.y + a.height <= b.y + b.height + 1e-6;

describe('timelineLayout', () => {
  it('places day events on the time axis, one band per lane', () => {
    const g = timelineLayout([day('x', '2025-01-01', 'a'), day('y', '2025-01-06', 'b')], options({ width: 100, rowHeight: 10 }));
    expect(g.marks).toEqual([
      { id: 'x', lane: 'a', dot: { cx: 0, cy: 5, r: 5.5 }, span: undefined },
      { id: 'y', lane: 'b', dot: { cx: 50, cy: 15, r: 5.5 }, span: undefined },
    ]);
    expect(g.lanes.map((l) => [l.key, l.band.y, l.band.height, l.rule?.y1])).toEqual([
      ['a', 0, 10, 10],
      ['b', 10, 10, 20],
    ]);
    expect(g.height).toBe(40);
  });

  it('moves overlapping events in one lane to a second row', () => {
    const g = timelineLayout([day('x', '2025-01-02', 'a'), day('y', '2025-01-02', 'a'), day('z', '2025-01-09', 'a')], options({ width: 100, rowHeight: 10, lanes: [{ key: 'a', label: 'A' }] }));
    expect(g.marks.map((m) => [m.id, m.dot.cy])).toEqual([
      ['x', 5],
      ['y', 15],
      ['z', 5],
    ]);
    expect(g.lanes[0]?.band.height).toBe(20);
  });

  it('draws a month-precision event as a span over its month, and ticks the axis', () => {
    const segments = [{ t0: t('2025-01-01'), t1: t('2025-05-01'), u0: 0, u1: 1 }];
    const m: TimelineItem = { id: 'm', start: t('2025-02-01'), end: t('2025-03-01'), span: true, lane: 'a' };
    const g = timelineLayout([m], options({ width: 170, margin: { top: 0, right: 20, bottom: 20, left: 40 }, segments }));
    // January has 31 days and February 28: the span runs from 31/120 to 59/120 of 110px.
    expect(g.marks[0]?.span).toMatchObject({ x: 68.4, width: 25.7 });
    expect(g.marks[0]?.dot).toMatchObject({ cx: 81.3, r: 4 });
    expect(g.ticks.map((tick) => tick.text.text)).toEqual(['2025.01', '04月']);
  });

  it('drops events whose lane is not drawn', () => {
    expect(timelineLayout([day('x', '2025-01-02', 'c')], options({ width: 100 })).marks).toEqual([]);
  });

  it('draws a zoomed view: the view fills the plot, and marks outside it take no room', () => {
    const items = [day('x', '2025-01-02', 'a'), day('y', '2025-01-02', 'a'), day('z', '2025-01-09', 'a')];
    const g = timelineLayout(items, options({ width: 100, rowHeight: 10, lanes: [{ key: 'a', label: 'A' }], view: [0.5, 1] }));
    // 9 January is 0.8 of the axis: 0.3 into a view of 0.5, so 60% across.
    expect(g.marks.find((mk) => mk.id === 'z')?.dot.cx).toBe(60);
    // The two events of 2 January are out of view: the lane needs one row, not two.
    expect(g.lanes[0]?.band.height).toBe(10);
  });

  it('marks a break with a band and two slashes, a change of scale with slashes alone', () => {
    const segments = [
      { t0: t('2015-01-01'), t1: t('2016-01-01'), u0: 0, u1: 0.2 },
      { t0: t('2025-01-01'), t1: t('2025-06-01'), u0: 0.3, u1: 0.6 },
      { t0: t('2025-06-01'), t1: t('2025-07-01'), u0: 0.6, u1: 1 },
    ];
    const g = timelineLayout([], options({ width: 1000, segments }));
    expect(g.breaks.map((b) => [b.band?.x, b.band?.width, b.strokes.length])).toEqual([
      [200, 100, 2],
      [undefined, undefined, 2],
    ]);
  });

  it('names a key event beside its mark', () => {
    const g = timelineLayout([day('x', '2025-01-03', 'a', '第一个'), day('y', '2025-01-08', 'a', '第二个')], options({ width: 400, lanes: [{ key: 'a', label: 'A' }] }));
    const x = g.marks.find((m) => m.id === 'x');
    expect(g.labels.map((l) => [l.id, l.leader])).toEqual([
      ['x', undefined],
      ['y', undefined],
    ]);
    expect(g.labels[0]?.box.x).toBeCloseTo((x?.dot.cx ?? 0) + 5.5 + D.labels.gap, 6);
    expect(g.labels[0]?.lines[0]?.text).toBe('第一个');
  });

  it('gives a lane with key events in view one row more than its marks need, for their labels', () => {
    const g = timelineLayout([day('x', '2025-01-03', 'a', '第一个'), day('y', '2025-01-03', 'b')], options({ width: 400 }));
    expect(g.lanes.map((l) => l.band.height)).toEqual([2 * 18, 18]);
  });

  it('names no key event whose dot is out of view, though its span reaches in', () => {
    const month: TimelineItem = { id: 'm', start: t('2025-01-01'), end: t('2025-02-01'), span: true, lane: 'a', label: '一个月', rank: 0 };
    const segments = [{ t0: t('2025-01-01'), t1: t('2025-03-01'), u0: 0, u1: 1 }];
    expect(timelineLayout([month], options({ width: 400, segments })).labels).toHaveLength(1);
    expect(timelineLayout([month], options({ width: 400, segments, view: [0, 0.2] })).labels).toEqual([]);
  });

  it('moves a label hemmed in by marks to a free row of its lane, with a leader', () => {
    // x (labelled) sits between v and w; y, on x's day, takes a second row.
    const items = [day('v', '2025-01-04', 'a'), day('x', '2025-01-05', 'a', '第一个'), day('y', '2025-01-05', 'a'), day('w', '2025-01-06', 'a')];
    const g = timelineLayout(items, options({ width: 400, lanes: [{ key: 'a', label: 'A' }] }));
    const [label] = g.labels;
    expect(label?.id).toBe('x');
    expect(label?.leader).toBeDefined();
    for (const mark of g.marks.flatMap(markBoxes)) expect(overlap(label?.box ?? mark, mark)).toBe(false);
  });
});

describe('timelineLayout at the scale of the finished site', () => {
  // Deterministic synthetic events: most of them crowded into late 2025, as on the real site; every fourth a key event.
  const items: TimelineItem[] = Array.from({ length: 150 }, (_, i) => {
    const year = i % 5 === 0 ? 2015 + (i % 4) : 2025;
    const start = Date.UTC(year, i % 5 === 0 ? (i * 7) % 12 : 8 + (i % 4), 1 + ((i * 13) % 28));
    const month = i % 9 === 0;
    const d = new Date(start);
    return {
      id: `e${i}`,
      start: month ? Date.UTC(year, d.getUTCMonth(), 1) : start,
      end: month ? Date.UTC(year, d.getUTCMonth() + 1, 1) : start + DAY,
      span: month,
      lane: `l${i % 6}`,
      label: i % 4 === 0 ? `关键事件${i}号标注` : undefined,
      rank: Math.floor(i / 24),
    };
  });
  const sixLanes = Array.from({ length: 6 }, (_, i) => ({ key: `l${i}`, label: `L${i}` }));
  const segments = segmentTimeline(items, D.scale);
  const g = timelineLayout(items, { ...D.wide, margin: { ...D.wide.margin }, axisFont: D.axisFont, labels, lanes: sixLanes, segments });

  it('keeps every mark inside its lane and the plot', () => {
    expect(g.marks).toHaveLength(150);
    for (const mark of g.marks) {
      const lane = g.lanes.find((l) => l.key === mark.lane);
      expect(mark.dot.cy).toBeGreaterThan(lane?.band.y ?? Infinity);
      expect(mark.dot.cy).toBeLessThan((lane?.band.y ?? 0) + (lane?.band.height ?? 0));
      expect(mark.dot.cx).toBeGreaterThanOrEqual(g.plot.left);
      expect(mark.dot.cx).toBeLessThanOrEqual(g.plot.right);
    }
    // Crowded lanes use every row they may, plus the one their key events' labels may use.
    expect(Math.max(...g.lanes.map((l) => l.band.height))).toBe((6 + 1) * 18);
  });

  it('places labels that cover no other label and no mark, inside the plot and their own lane', () => {
    expect(g.labels.length).toBeGreaterThanOrEqual(10);
    const marks = g.marks.flatMap(markBoxes);
    for (const [i, label] of g.labels.entries()) {
      const lane = g.lanes.find((l) => l.key === g.marks.find((m) => m.id === label.id)?.lane);
      expect(inside(label.box, { x: g.plot.left, y: lane?.band.y ?? 0, width: g.plot.right - g.plot.left, height: lane?.band.height ?? 0 })).toBe(true);
      for (const other of g.labels.slice(i + 1)) expect(overlap(label.box, other.box)).toBe(false);
      for (const mark of marks) expect(overlap(label.box, mark)).toBe(false);
    }
  });

  it('draws tick labels below the plot, apart from each other', () => {
    const texts = g.ticks.map((tick) => tick.text);
    for (const text of texts) expect(text.y).toBeGreaterThan(g.plot.bottom);
    for (const [i, text] of texts.entries()) if (texts[i + 1]) expect((texts[i + 1]?.x ?? 0) - text.x).toBeGreaterThan(30);
  });
});
