import { describe, expect, it } from 'vitest';
import { correctionAnchors } from './correctionAnchors';

describe('correctionAnchors', () => {
  it('names a correction by its day, and a second of the same day by its place', () => {
    expect(correctionAnchors([{ date: '2026-01-09' }, { date: '2026-01-02' }, { date: '2026-01-09' }, { date: '2026-01-09' }])).toEqual([
      'correction-2026-01-09',
      'correction-2026-01-02',
      'correction-2026-01-09-2',
      'correction-2026-01-09-3',
    ]);
  });
});
