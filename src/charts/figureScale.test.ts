import { describe, expect, it } from 'vitest';
import { figureScale } from './figureScale';

const rows = (...values: number[]) => values.map((value, i) => ({ id: `f${i}`, value }));

describe('figureScale', () => {
  it('is log from a ratio of 1,000 between the largest and the smallest non-zero size, linear below', () => {
    expect(figureScale(rows(303, 98_600))).toBe('linear');
    expect(figureScale(rows(100, 100_000))).toBe('log');
    expect(figureScale(rows(50, -2_000_000))).toBe('log');
  });
  it('leaves zeros out, and is linear with nothing to compare', () => {
    expect(figureScale(rows(0, 5, 4_000))).toBe('linear');
    expect(figureScale(rows(0))).toBe('linear');
    expect(figureScale(rows())).toBe('linear');
  });
});
