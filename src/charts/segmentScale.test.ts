import { describe, expect, it } from 'vitest';
import { segmentScale } from './segmentScale';

const t = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('segmentScale', () => {
  const scale = segmentScale([
    { t0: t('2015-01-01'), t1: t('2016-01-01'), u0: 0, u1: 0.2 },
    { t0: t('2025-01-01'), t1: t('2026-01-01'), u0: 0.3, u1: 1 },
  ]);

  it('is linear within a segment', () => {
    expect(scale.toUnit(t('2015-01-01'))).toBe(0);
    expect(scale.toUnit(t('2016-01-01'))).toBe(0.2);
    expect(scale.toUnit(t('2025-07-02T12:00:00'.slice(0, 10)) + 12 * 36e5)).toBeCloseTo(0.65, 3);
  });

  it('maps the empty stretch between segments across the break', () => {
    const middle = (t('2016-01-01') + t('2025-01-01')) / 2;
    expect(scale.toUnit(middle)).toBeCloseTo(0.25, 6);
  });

  it('inverts itself, and extends the end segments outwards', () => {
    for (const u of [0, 0.1, 0.25, 0.3, 0.9, 1]) expect(scale.toUnit(scale.toTime(u))).toBeCloseTo(u, 9);
    expect(scale.toUnit(t('2026-07-02'))).toBeGreaterThan(1);
    expect(scale.toUnit(t('2014-07-02'))).toBeLessThan(0);
  });
});
