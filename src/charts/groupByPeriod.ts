/** A stretch of time one page shows in full: a year (`2025`) or, in a crowded year, a month (`2025-03`). */
export interface Period<T> {
  key: string;
  /** Start and end (exclusive), UTC milliseconds. */
  start: number;
  end: number;
  items: T[];
}

/**
 * Groups items into periods by the time `timeOf` gives (UTC milliseconds): one period per year,
 * and a year holding more than `max` items split into its months. Periods come in time order and
 * hold their items in the input's order; empty periods are left out. Pure.
 */
export function groupByPeriod<T>(items: readonly T[], timeOf: (item: T) => number, max: number): Period<T>[] {
  const years = new Map<number, T[]>();
  for (const item of items) {
    const year = new Date(timeOf(item)).getUTCFullYear();
    const list = years.get(year) ?? [];
    list.push(item);
    years.set(year, list);
  }
  const periods: Period<T>[] = [];
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const list = years.get(year) ?? [];
    if (list.length <= max) {
      periods.push({ key: String(year), start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), items: list });
      continue;
    }
    const months = new Map<number, T[]>();
    for (const item of list) {
      const month = new Date(timeOf(item)).getUTCMonth();
      const inMonth = months.get(month) ?? [];
      inMonth.push(item);
      months.set(month, inMonth);
    }
    for (const month of [...months.keys()].sort((a, b) => a - b)) {
      periods.push({ key: `${year}-${String(month + 1).padStart(2, '0')}`, start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1), items: months.get(month) ?? [] });
    }
  }
  return periods;
}
