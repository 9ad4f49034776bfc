import { describe, expect, it } from 'vitest';
import { computeFigureValues } from './computeFigureValues';

const tolerance = 0.01;

describe('computeFigureValues', () => {
  it('computes a difference and finds that it disagrees with the stated value', () => {
    // The market-value figures of source 002: 15482亿 − 9818亿 is 5664亿, not "5300亿".
    const values = computeFigureValues([
      { id: 'before', value: 15482e8 },
      { id: 'after', value: 9818e8 },
      { id: 'fall', value: 5300e8, derivation: { op: 'difference', of: ['before', 'after'], tolerance } },
    ]);
    expect(values.get('fall')).toEqual({ value: 5664e8, stated: 5300e8, computed: 5664e8, agrees: false, error: undefined });
  });

  it('accepts a stated value within the tolerance', () => {
    const values = computeFigureValues([
      { id: 'a', value: 40 },
      { id: 'b', value: 20 },
      { id: 'total', value: 60.4, derivation: { op: 'sum', of: ['a', 'b'], tolerance } },
    ]);
    expect(values.get('total')?.agrees).toBe(true);
  });

  it('computes chains, products, ratios and percent changes', () => {
    const values = computeFigureValues([
      { id: 'price', value: 38.82 },
      { id: 'shares', value: 260.42e8 },
      { id: 'cap', derivation: { op: 'product', of: ['price', 'shares'], tolerance } },
      { id: 'before', value: 15482e8 },
      { id: 'change', derivation: { op: 'percent-change', of: ['before', 'cap'], tolerance } },
      { id: 'times', derivation: { op: 'ratio', of: ['before', 'cap'], tolerance } },
    ]);
    expect(values.get('cap')?.value).toBeCloseTo(10109.5044e8, -4);
    expect(values.get('change')?.value).toBeCloseTo(-34.7, 1);
    expect(values.get('times')?.value).toBeCloseTo(1.531, 3);
  });

  it('reports a cycle and a division by zero instead of a number', () => {
    const values = computeFigureValues([
      { id: 'a', derivation: { op: 'sum', of: ['b', 'b'], tolerance } },
      { id: 'b', derivation: { op: 'sum', of: ['a', 'a'], tolerance } },
      { id: 'zero', value: 0 },
      { id: 'one', value: 1 },
      { id: 'bad', derivation: { op: 'ratio', of: ['one', 'zero'], tolerance } },
    ]);
    expect(values.get('a')?.error).toBe('derivation cycle through "a"');
    expect(values.get('bad')?.error).toBe('division by zero');
    expect(values.get('bad')?.value).toBeUndefined();
  });
});
