import { describe, expect, it } from 'vitest';
import { segmentScale } from './segmentScale';
import { segmentTicks } from './segmentTicks';
import { textEms } from './textEms';

const t = (text: string) => Date.parse(`${text}T00:00:00Z`);
const options = { spacing: 60, size: (label: string) => textEms(label) * 11, gap: 8, overhang: [20, 10] as const };

describe('segmentTicks', () => {
  const broken = segmentScale([
    { t0: t('2015-01-01'), t1: t('2016-01-01'), u0: 0, u1: 0.1 },
    { t0: t('2025-01-01'), t1: t('2026-01-01'), u0: 0.15, u1: 1 },
  ]);

  it('gives each segment its own ticks, the first with its year', () => {
    const ticks = segmentTicks(broken, [0, 1], { ...options, length: 600 });
    expect(ticks.map((tick) => tick.label)).toEqual(['2015', '2025.01', '04月', '07月', '10月']);
    expect(ticks[1]?.at).toBeCloseTo(90, 1);
  });

  it('drops labels that would touch, and a segment whose first tick finds no room gets none', () => {
    const cramped = segmentScale([
      { t0: t('2024-06-01'), t1: t('2024-07-01'), u0: 0, u1: 0.02 },
      { t0: t('2025-01-01'), t1: t('2026-01-01'), u0: 0.04, u1: 1 },
    ]);
    const ticks = segmentTicks(cramped, [0, 1], { ...options, length: 600 });
    expect(ticks[0]?.label).toBe('2025.01');
    for (const [i, a] of ticks.entries()) {
      const b = ticks[i + 1];
      if (b) expect(b.at - a.at).toBeGreaterThanOrEqual(options.size(a.label) / 2 + options.size(b.label) / 2 + options.gap);
    }
  });

  it('names the month where the scale changes', () => {
    const focused = segmentScale([
      { t0: t('2024-03-01'), t1: t('2025-11-01'), u0: 0, u1: 0.5 },
      { t0: t('2025-11-01'), t1: t('2026-03-01'), u0: 0.5, u1: 1 },
    ]);
    const ticks = segmentTicks(focused, [0, 1], { ...options, length: 400 });
    expect(ticks.map((tick) => tick.label)).toContain('2025.11');
  });

  it('ticks a zoomed view down to days', () => {
    const view: [number, number] = [broken.toUnit(t('2025-11-10')), broken.toUnit(t('2025-11-16'))];
    const ticks = segmentTicks(broken, view, { ...options, length: 600 });
    // The first day's full date would reach past the axis's start: the next day is written in full instead.
    expect(ticks.map((tick) => tick.label)).toEqual(['2025.11.11', '12日', '13日', '14日', '15日']);
  });
});
