import type { TimeSegment } from './timelineTypes';

export interface SegmentScale {
  /** Where a time (ms) falls on the axis, 0 to 1; inside a break, proportionally across it. */
  toUnit(t: number): number;
  /** The time at a point of the axis (the inverse of toUnit). */
  toTime(u: number): number;
  segments: readonly TimeSegment[];
}

/**
 * A piecewise-linear time scale over segments (src/charts/segmentTimeline.ts), with each break
 * between two segments mapped linearly too, so that the scale is continuous and invertible.
 * Before the first and after the last segment it extends the nearest segment's scale. No d3: the
 * browser's controller uses it to zoom and pan. Pure.
 */
export function segmentScale(segments: readonly TimeSegment[]): SegmentScale {
  // Knots (t, u): each segment's two ends, in order; a break is the piece between two segments.
  const ts: number[] = [];
  const us: number[] = [];
  for (const s of segments) ts.push(s.t0, s.t1), us.push(s.u0, s.u1);
  const last = ts.length - 1;
  const map = (from: number[], to: number[], value: number): number => {
    let i = 0;
    while (i < last - 1 && value > (from[i + 1] ?? 0)) i += 1;
    const [a, b, c, d] = [from[i] ?? 0, from[i + 1] ?? 1, to[i] ?? 0, to[i + 1] ?? 1];
    return b === a ? c : c + ((value - a) / (b - a)) * (d - c);
  };
  return {
    toUnit: (t) => map(ts, us, t),
    toTime: (u) => map(us, ts, u),
    segments,
  };
}
