import { describe, expect, it } from 'vitest';
import { formatQuantity } from './formatQuantity';

describe('formatQuantity', () => {
  it('writes money with Chinese magnitude words and its currency', () => {
    expect(formatQuantity(4000e4, 'CNY', { approx: true })).toBe('约4000万元');
    expect(formatQuantity(5664e8, 'HKD')).toBe('5664亿港元');
    expect(formatQuantity(11.11, 'CNY')).toBe('11.11元');
    expect(formatQuantity(42000, 'CNY')).toBe('4.2万元');
    expect(formatQuantity(9999, 'CNY')).toBe('9999元');
    expect(formatQuantity(18.74e8, 'CNY')).toBe('18.74亿元');
  });

  it('writes counts and percentages', () => {
    expect(formatQuantity(429, 'people')).toBe('429人');
    expect(formatQuantity(116887, 'units')).toBe('11.69万辆（台）');
    expect(formatQuantity(-34.71, 'percent')).toBe('-34.7%');
  });
});
