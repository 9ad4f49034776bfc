import { describe, expect, it } from 'vitest';
import { timeTickLabels } from './timeTickLabels';

const d = (text: string) => new Date(`${text}T00:00:00Z`);

describe('timeTickLabels', () => {
  it('writes years alone when every tick is a 1 January', () => {
    expect(timeTickLabels([d('2016-01-01'), d('2018-01-01')])).toEqual(['2016', '2018']);
  });

  it('writes months, with the year on the first tick and on January', () => {
    expect(timeTickLabels([d('2025-11-01'), d('2025-12-01'), d('2026-01-01')])).toEqual(['2025.11', '12月', '2026.01']);
  });

  it('writes days, with the full date first and the month on each 1st', () => {
    expect(timeTickLabels([d('2025-11-24'), d('2025-11-28'), d('2025-12-01'), d('2025-12-04')])).toEqual(['2025.11.24', '28日', '12.01', '04日']);
    expect(timeTickLabels([d('2025-12-29'), d('2026-01-01'), d('2026-01-04')])).toEqual(['2025.12.29', '2026.01.01', '04日']);
  });
});
