import { requireDate } from '../dates/parseDateText';

/** The calendar years from the year of `start` to the year of `end` (dates as YYYY[-MM[-DD]]). */
export function yearsBetween(start: string, end?: string): number[] {
  const first = requireDate(start).year;
  const last = Math.max(first, requireDate(end ?? start).year);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
