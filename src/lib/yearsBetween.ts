/** The calendar years from the year of `start` to the year of `end` (dates as YYYY[-MM[-DD]]). */
export function yearsBetween(start: string, end?: string): number[] {
  const first = Number(start.slice(0, 4));
  const last = Math.max(first, Number((end ?? start).slice(0, 4)));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
