/** A period's name as the pages write it: `2025` → 2025年, `2025-03` → 2025年3月 (charts/groupByPeriod.ts makes the keys). */
export function formatPeriod(key: string): string {
  return key.length === 4 ? `${key}年` : `${key.slice(0, 4)}年${Number(key.slice(5))}月`;
}
