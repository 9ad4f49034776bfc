import type { DayRange } from './deriveResponseTimes';

/** Days on the response clock as readers say them: "当天", "3天", "0至8天" (a date known only to the month). */
export function formatDayRange(days: DayRange): string {
  const one = (d: number) => (d === 0 ? '当天' : `${d}天`);
  if (days.min === days.max) return one(days.min);
  return `${days.min}至${days.max}天`;
}
