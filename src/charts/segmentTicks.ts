import type { SegmentScale } from './segmentScale';
import { roundCoordinate } from './roundCoordinate';
import { timeTicks } from './timeTicks';

export interface SegmentTick {
  t: number;
  /** Distance from the start of the axis (px). */
  at: number;
  label: string;
}

export interface SegmentTickOptions {
  /** Length of the axis (px) that the view [u0, u1] is drawn over. */
  length: number;
  /** About one tick per this length. */
  spacing: number;
  /** Room a label takes along the axis (its width on a horizontal axis, its height on a vertical one). */
  size: (label: string) => number;
  /** Least room between two labels. */
  gap: number;
  /** How far past the start and the end of the axis a label may reach. */
  overhang: readonly [number, number];
  /** Whether a label fits across the axis (a vertical axis's labels stand in its margin); all do by default. */
  fitsAcross?: ((label: string) => boolean) | undefined;
}

/**
 * Time ticks for a broken axis: each segment in view gets ticks of its own (src/charts/timeTicks.ts),
 * as many as its length allows, the first shown carrying the year, so a segment after a break says
 * where it is. Labels that would touch are dropped: each segment's leading tick is placed first
 * (longest segment first; the first of its ticks that fits, in full), then the others in order,
 * and a segment whose ticks all fail to fit gets none, so no month is shown without its year. Pure; used at build time and in the browser.
 */
export function segmentTicks(scale: SegmentScale, view: readonly [number, number], options: SegmentTickOptions): SegmentTick[] {
  const [v0, v1] = view;
  const at = (t: number) => ((scale.toUnit(t) - v0) / (v1 - v0)) * options.length;
  const groups = scale.segments
    .map((s, i) => {
      const u0 = Math.max(s.u0, v0);
      const u1 = Math.min(s.u1, v1);
      if (u1 <= u0) return [];
      const length = ((u1 - u0) / (v1 - v0)) * options.length;
      // One tick per `spacing`, counting both ends.
      const ticks = timeTicks(scale.toTime(u0), scale.toTime(u1), Math.floor(length / options.spacing) + 1);
      // Where the scale changes (no gap before the segment: it starts on a month's first day), a
      // tick names the month it starts; the tick after it, in the same year, then needs no year.
      if (i > 0 && scale.segments[i - 1]?.t1 === s.t0 && s.u0 >= v0 && ticks[0]?.t !== s.t0) {
        const start = monthLabel(s.t0);
        const next = ticks[0];
        if (next && /^\d{4}\.\d{2}$/.test(next.label) && next.label.slice(0, 4) === start.slice(0, 4)) next.label = `${next.label.slice(5)}月`;
        ticks.unshift({ t: s.t0, label: start, full: start });
      }
      return ticks.map((tick) => ({ t: tick.t, at: at(tick.t), label: tick.label, full: tick.full, length }));
    })
    .filter((group) => group.length > 0);

  const kept: SegmentTick[] = [];
  const fits = (tick: SegmentTick) => {
    if (options.fitsAcross && !options.fitsAcross(tick.label)) return false;
    const half = options.size(tick.label) / 2;
    if (tick.at - half < -options.overhang[0] || tick.at + half > options.length + options.overhang[1]) return false;
    return kept.every((other) => Math.abs(other.at - tick.at) >= half + options.size(other.label) / 2 + options.gap);
  };
  // Each segment's leading tick is the first of its ticks that fits, written in full (with its year).
  const leading = new Map<number, number>();
  [...groups.keys()]
    .sort((a, b) => (groups[b]?.[0]?.length ?? 0) - (groups[a]?.[0]?.length ?? 0) || a - b)
    .forEach((g) => {
      const group = groups[g] ?? [];
      const k = group.findIndex((tick) => fits({ ...tick, label: tick.full }));
      const first = group[k];
      if (first) kept.push(round({ ...first, label: first.full })), leading.set(g, k);
    });
  groups.forEach((group, g) => {
    const k = leading.get(g);
    if (k === undefined) return;
    for (const tick of group.slice(k + 1)) if (fits(tick)) kept.push(round(tick));
  });
  return kept.sort((a, b) => a.t - b.t);
}

function monthLabel(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}.${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function round(tick: { t: number; at: number; label: string }): SegmentTick {
  return { t: tick.t, at: roundCoordinate(tick.at), label: tick.label };
}
