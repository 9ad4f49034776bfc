import { describe, expect, it } from 'vitest';
import { groupByPeriod } from './groupByPeriod';

const at = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('groupByPeriod', () => {
  it('puts items in one period per year, in time order, empty years left out', () => {
    const items = ['2025-03-01', '2017-01-02', '2025-12-31', '2019-06-01'];
    const periods = groupByPeriod(items, at, 3);
    expect(periods.map((p) => [p.key, p.items])).toEqual([
      ['2017', ['2017-01-02']],
      ['2019', ['2019-06-01']],
      ['2025', ['2025-03-01', '2025-12-31']],
    ]);
    expect(periods[0]).toMatchObject({ start: Date.UTC(2017, 0, 1), end: Date.UTC(2018, 0, 1) });
  });

  it('splits a year holding more than max items into its months', () => {
    const items = ['2025-01-05', '2025-01-06', '2025-11-01', '2025-11-30', '2024-05-01'];
    const periods = groupByPeriod(items, at, 3);
    expect(periods.map((p) => p.key)).toEqual(['2024', '2025-01', '2025-11']);
    expect(periods[2]).toMatchObject({ start: Date.UTC(2025, 10, 1), end: Date.UTC(2025, 11, 1), items: ['2025-11-01', '2025-11-30'] });
  });

  it('keeps a year of exactly max items whole', () => {
    expect(groupByPeriod(['2025-01-01', '2025-06-01', '2025-12-01'], at, 3).map((p) => p.key)).toEqual(['2025']);
  });
});
