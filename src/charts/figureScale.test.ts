import { describe, expect, it } from 'vitest';
import { figureScale } from './figureScale';

describe('figureScale', () => {
  it('is log from a ratio of 1,000 between the largest and the smallest non-zero size, linear below', () => {
    expect(figureScale([303, 98_600])).toBe('linear');
    expect(figureScale([100, 100_000])).toBe('log');
    expect(figureScale([50, -2_000_000])).toBe('log');
  });
  it('leaves zeros out, and is linear with nothing to compare', () => {
    expect(figureScale([0, 5, 4_000])).toBe('linear');
    expect(figureScale([0])).toBe('linear');
    expect(figureScale([])).toBe('linear');
  });
});
