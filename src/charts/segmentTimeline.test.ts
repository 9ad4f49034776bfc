import { describe, expect, it } from 'vitest';
import { segmentTimeline } from './segmentTimeline';
import { TIMELINE_DEFAULTS } from './timelineDefaults';

const DAY = 864e5;
const t = (text: string) => Date.parse(`${text}T00:00:00Z`);
const on = (date: string) => ({ start: t(date), end: t(date) + DAY });
const options = { ...TIMELINE_DEFAULTS.scale, padDays: 10, minBreakDays: 120, breakShare: 0.05, minShare: 0.1 };
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('segmentTimeline', () => {
  it('gives events close together one segment, the whole axis', () => {
    const segments = segmentTimeline([on('2025-01-10'), on('2025-03-01')], options);
    expect(segments).toEqual([{ t0: t('2024-12-31'), t1: t('2025-03-12'), u0: 0, u1: 1 }]);
  });

  it('cuts an empty stretch out as a break, and shares the axis by events', () => {
    const segments = segmentTimeline([on('2015-06-01'), ...['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01'].map(on)], options);
    expect(segments.map((s) => [iso(s.t0), iso(s.t1)])).toEqual([
      ['2015-05-22', '2015-06-12'],
      ['2024-12-22', '2025-04-12'],
    ]);
    // One break of 5%; the rest 1 : 4 by events.
    expect(segments.map((s) => [s.u0, s.u1])).toEqual([
      [0, 0.19],
      [0.24, 1],
    ]);
  });

  it('gives a segment with few events at least its floor', () => {
    const segments = segmentTimeline([on('2015-06-01'), ...Array.from({ length: 30 }, (_, i) => on(`2025-01-${String(i + 1).padStart(2, '0')}`))], options);
    expect((segments[0]?.u1 ?? 0) - (segments[0]?.u0 ?? 0)).toBeCloseTo(0.1 * 0.95, 6);
  });

  it('draws a crowded stretch of a long segment larger, on its own, from a month’s first day', () => {
    const sparse = Array.from({ length: 20 }, (_, i) => on(`${2024 + Math.floor(i / 10)}-${String((i % 10) + 1).padStart(2, '0')}-05`));
    const crowded = Array.from({ length: 24 }, (_, i) => on(`2025-11-${String(i + 3).padStart(2, '0')}`));
    const segments = segmentTimeline([...sparse, ...crowded, on('2026-01-10')], options);
    expect(segments.map((s) => [iso(s.t0), iso(s.t1), s.focus ?? false])).toEqual([
      ['2023-12-26', '2025-11-01', false],
      ['2025-11-01', '2026-01-21', true],
    ]);
    // No gap at the change of scale; shares by events, 20 against 25 (the lone January event
    // joins the crowded stretch rather than take a sliver of its own).
    expect(segments[1]?.u0).toBe(segments[0]?.u1);
    expect(segments[1]?.u0).toBeCloseTo(20 / 45, 5);
  });

  it('keeps sparse stretches on both sides of a crowded one as segments of their own', () => {
    const sparse = Array.from({ length: 16 }, (_, i) => on(`2024-${String((i % 12) + 1).padStart(2, '0')}-${i < 12 ? '05' : '25'}`));
    const crowded = Array.from({ length: 20 }, (_, i) => on(`2025-03-${String(i + 1).padStart(2, '0')}`));
    const segments = segmentTimeline([...sparse, ...crowded, ...['2025-06-10', '2025-07-10', '2025-08-10', '2025-09-10', '2025-10-10'].map(on)], options);
    expect(segments.map((s) => s.focus ?? false)).toEqual([false, true, false]);
    expect(segments[0]?.t1).toBe(segments[1]?.t0);
    expect(segments[1]?.t1).toBe(segments[2]?.t0);
    expect(segments[1]).toMatchObject({ t0: t('2025-03-01'), t1: t('2025-04-01') });
  });

  it('leaves a segment without a crowded stretch whole', () => {
    const even = Array.from({ length: 30 }, (_, i) => on(new Date(t('2024-01-01') + i * 20 * DAY).toISOString().slice(0, 10)));
    expect(segmentTimeline(even, options)).toHaveLength(1);
  });

  it('gives an empty chart one default segment', () => {
    expect(segmentTimeline([], options)).toEqual([{ t0: t('2015-01-01'), t1: t('2027-01-01'), u0: 0, u1: 1 }]);
  });
});
