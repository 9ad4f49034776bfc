import { packRows } from './packRows';
import type { TimelineItem } from './timelineTypes';

export interface LaneSpan {
  item: TimelineItem;
  /** Where the mark starts and ends along the axis (px); equal for an event known to the day. */
  from: number;
  to: number;
  /** Where its dot sits: the middle of a span. */
  at: number;
  /** Its row (wide) or sub-column (narrow) when it is in view; undefined when it is not. */
  row: number | undefined;
}

/**
 * One lane's marks along a timeline's axis, the same way for both layouts: the lane's items in
 * time order (start, then id), placed by `position` (a span at least 2 px long), and those in
 * view (within `minGap` of [lo, hi]) packed into rows so that marks closer than `minGap` sit in
 * different ones (packRows). Returns every mark of the lane and the number of rows used.
 */
export function packLane(
  items: readonly TimelineItem[],
  lane: string,
  position: (t: number) => number,
  view: readonly [number, number],
  options: { minGap: number; maxRows: number },
): { spans: LaneSpan[]; rows: number } {
  const [lo, hi] = view;
  const placed = items
    .filter((item) => item.lane === lane)
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))
    .map((item) => {
      const from = position(item.start);
      const to = item.span ? Math.max(from + 2, position(item.end)) : from;
      return { item, from, to, at: item.span ? (from + to) / 2 : from, end: to };
    });
  const inView = placed.filter((s) => s.to >= lo - options.minGap && s.from <= hi + options.minGap);
  const packed = packRows(inView, options);
  const rowOf = new Map(inView.map((s, i) => [s, packed.rows[i] ?? 0]));
  return { spans: placed.map((s) => ({ item: s.item, from: s.from, to: s.to, at: s.at, row: rowOf.get(s) })), rows: packed.count };
}
