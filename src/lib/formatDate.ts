import { parseDateText } from '../dates/parseDateText';

/**
 * A date as Chinese readers write it, to the precision it is known:
 * "2018-07-23" → "2018年7月23日", "2025-03" → "2025年3月", "2025" → "2025年".
 */
export function formatDate(text: string): string {
  const date = parseDateText(text);
  if (typeof date === 'string') return text;
  if (date.precision === 'year') return `${date.year}年`;
  if (date.precision === 'month') return `${date.year}年${date.month}月`;
  return `${date.year}年${date.month}月${date.day}日`;
}
