import { describe, expect, it } from 'vitest';
import { TIMELINE_DEFAULTS as D } from './timelineDefaults';
import { readMarkDatasets, readTimelineDataset, timelineOptions, writeMarkDataset, writeTimelineDataset, type TimelineDataset } from './timelineDataset';

/** What the browser's `element.dataset` makes of written data-* attributes. */
function asDataset(attributes: Record<string, string | number | undefined>): DOMStringMap {
  const out: DOMStringMap = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out[name.replace(/^data-/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = String(value);
  }
  return out;
}

const segments = [
  { t0: Date.UTC(2015, 0, 1), t1: Date.UTC(2016, 0, 1), u0: 0, u1: 0.1 },
  { t0: Date.UTC(2025, 0, 1), t1: Date.UTC(2026, 2, 1), u0: 0.13, u1: 1 },
];

describe('timelineDataset', () => {
  it('reads back what the build wrote', () => {
    const wide: TimelineDataset = { orient: 'h', segments, labelWidth: 150 };
    const narrow: TimelineDataset = { orient: 'v', segments, plotHeight: 1308 };
    expect(readTimelineDataset(asDataset(writeTimelineDataset(wide)))).toEqual(wide);
    expect(readTimelineDataset(asDataset(writeTimelineDataset(narrow)))).toEqual(narrow);
  });

  it('completes a chart’s options from the defaults, on both sides alike', () => {
    const options = timelineOptions({ orient: 'h', segments, labelWidth: 150 });
    expect(options).toMatchObject({ ...D.wide, margin: { ...D.wide.margin, left: 150 }, segments, axisFont: D.axisFont });
    expect(options.labels).toEqual({ padding: 2, gap: 3, lineHeight: 1.25, step: 4, maxShiftWide: 200 });
    expect(timelineOptions({ orient: 'v', segments, plotHeight: 500 })).toMatchObject({ gutter: D.narrow.gutter, plotHeight: 500 });
  });

  it('reads the marks, ranked as the build ranks key events', () => {
    const marks = [
      { start: Date.UTC(2025, 10, 14), end: Date.UTC(2025, 10, 15), label: '11.11元抢购冰箱', kind: 'incident' },
      { start: Date.UTC(2025, 10, 1), end: Date.UTC(2025, 11, 1), label: undefined, kind: 'complaint' },
      { start: Date.UTC(2025, 10, 15), end: Date.UTC(2025, 10, 16), label: '以系统错误取消', kind: 'response' },
    ].map(({ kind, ...item }, i) => ({ dataset: asDataset({ ...writeMarkDataset(item), 'data-event': `e${i}`, 'data-case': 'fridge', 'data-kind': kind }), lane: 'home' }));
    expect(readMarkDatasets(marks)).toEqual([
      { id: 'e0', lane: 'home', start: Date.UTC(2025, 10, 14), end: Date.UTC(2025, 10, 15), span: false, label: '11.11元抢购冰箱', rank: 0 },
      { id: 'e1', lane: 'home', start: Date.UTC(2025, 10, 1), end: Date.UTC(2025, 11, 1), span: true, label: undefined, rank: undefined },
      { id: 'e2', lane: 'home', start: Date.UTC(2025, 10, 15), end: Date.UTC(2025, 10, 16), span: false, label: '以系统错误取消', rank: 1 },
    ]);
  });

  it('throws on a missing value instead of falling back to a number of its own', () => {
    const written = asDataset(writeTimelineDataset({ orient: 'h', segments, labelWidth: 96 }));
    expect(() => readTimelineDataset({ ...written, labelWidth: undefined })).toThrow(/data-label-width/);
    expect(() => readTimelineDataset({ ...written, orient: undefined })).toThrow(/data-orient/);
    expect(() => readTimelineDataset({ ...written, orient: 'v' })).toThrow(/data-plot-height/);
    expect(() => readTimelineDataset({ ...written, segments: '1 2 0' })).toThrow(/data-segments/);
    expect(() => readMarkDatasets([{ dataset: { event: 'x', t: '1' }, lane: 'a' }])).toThrow(/data-t2/);
  });
});
