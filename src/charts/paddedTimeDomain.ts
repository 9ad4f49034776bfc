import type { TimelineItem } from './timelineLayout';

/** The items' extent, padded by 4% (at least three days) on each side. */
export function paddedTimeDomain(items: readonly Pick<TimelineItem, 'start' | 'end'>[]): [Date, Date] {
  const starts = items.map((item) => item.start.getTime());
  const ends = items.map((item) => item.end.getTime());
  const min = starts.length ? Math.min(...starts) : Date.UTC(2015, 0, 1);
  const max = ends.length ? Math.max(...ends) : Date.UTC(2026, 0, 1);
  const pad = Math.max((max - min) * 0.04, 864e5 * 3);
  return [new Date(min - pad), new Date(max + pad)];
}
