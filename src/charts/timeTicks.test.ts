import { describe, expect, it } from 'vitest';
import { timeTicks } from './timeTicks';

const t = (text: string) => Date.parse(`${text}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('timeTicks', () => {
  it('uses years for a decade', () => {
    const ticks = timeTicks(t('2014-10-01'), t('2026-03-01'), 9);
    expect(ticks.map((x) => x.label)).toEqual(['2016', '2018', '2020', '2022', '2024', '2026']);
  });

  it('uses months for a year, with the year on the first and on January', () => {
    const ticks = timeTicks(t('2025-02-10'), t('2026-02-10'), 12);
    expect(ticks.map((x) => x.label)).toEqual(['2025.03', '04月', '05月', '06月', '07月', '08月', '09月', '10月', '11月', '12月', '2026.01', '02月']);
  });

  it('uses quarters when months would be too many', () => {
    expect(timeTicks(t('2025-01-01'), t('2025-12-31'), 5).map((x) => x.label)).toEqual(['2025.01', '04月', '07月', '10月']);
  });

  it('goes down to single days', () => {
    const ticks = timeTicks(t('2025-11-13'), t('2025-11-17'), 8);
    expect(ticks.map((x) => iso(x.t))).toEqual(['2025-11-13', '2025-11-14', '2025-11-15', '2025-11-16', '2025-11-17']);
    expect(ticks.map((x) => x.label)).toEqual(['2025.11.13', '14日', '15日', '16日', '17日']);
  });

  it('puts week ticks on the same dates of each month and marks the 1st', () => {
    const ticks = timeTicks(t('2025-11-20'), t('2025-12-20'), 6);
    expect(ticks.map((x) => x.label)).toEqual(['2025.11.22', '12.01', '08日', '15日']);
    expect(timeTicks(t('2025-12-20'), t('2026-01-20'), 6).map((x) => x.label)).toEqual(['2025.12.22', '2026.01.01', '08日', '15日']);
  });
});
