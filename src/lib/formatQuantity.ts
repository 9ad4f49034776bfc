import { UNITS, type Unit } from '../schemas/vocabulary';
import { formatMagnitude } from './formatMagnitude';

/**
 * A figure as a reader sees it, with its unit: "4000万元", "5664亿港元", "429人", "34.7%",
 * and "约4000万元" when the source gives it as approximate.
 */
export function formatQuantity(value: number, unit: Unit, options: { approx?: boolean } = {}): string {
  const prefix = options.approx ? '约' : '';
  if (unit === 'percent') return `${prefix}${formatMagnitude(value, 1)}%`;
  return `${prefix}${formatMagnitude(value)}${UNITS[unit].label}`;
}
