import { describe, expect, it } from 'vitest';
import { packRows } from './packRows';

describe('packRows', () => {
  it('keeps marks that are far enough apart in one row', () => {
    expect(packRows([{ at: 0, end: 0 }, { at: 12, end: 12 }, { at: 24, end: 24 }], { minGap: 12, maxRows: 3 })).toEqual({ rows: [0, 0, 0], count: 1 });
  });

  it('moves close marks to new rows and reuses a row once it has room', () => {
    expect(packRows([{ at: 0, end: 0 }, { at: 5, end: 5 }, { at: 13, end: 13 }, { at: 20, end: 20 }], { minGap: 12, maxRows: 3 })).toEqual({
      rows: [0, 1, 0, 1],
      count: 2,
    });
  });

  it('treats a span as taking room up to its end', () => {
    expect(packRows([{ at: 10, end: 40 }, { at: 30, end: 30 }, { at: 52, end: 52 }], { minGap: 12, maxRows: 3 }).rows).toEqual([0, 1, 0]);
  });

  it('overlaps in the row that frees up first when every row is taken', () => {
    expect(packRows([{ at: 0, end: 0 }, { at: 1, end: 1 }, { at: 2, end: 2 }], { minGap: 12, maxRows: 2 })).toEqual({ rows: [0, 1, 0], count: 2 });
  });
});
