import { describe, expect, it } from 'vitest';
import { PERIOD_GRID_DEFAULTS, periodGridLayout } from './periodGridLayout';

describe('periodGridLayout', () => {
  const columns = [
    { key: '2017', counts: [0, 4] },
    { key: '2018', counts: [1, 20] },
    { key: '2025-01', counts: [10, 0] },
    { key: '2025-02', counts: [5, 5] },
  ];
  const grid = periodGridLayout(columns, ['汽车', '家电']);

  it('draws a cell per period and lane, shaded by its share of the largest count, a single event never blank', () => {
    expect(grid.cells).toHaveLength(8);
    const level = (column: number, row: number) => grid.cells.find((c) => c.column === column && c.row === row)?.level;
    expect(level(0, 0)).toBe(0);
    expect(level(1, 0)).toBe(1);
    expect(level(1, 1)).toBe(PERIOD_GRID_DEFAULTS.levels);
    expect(level(2, 0)).toBe(3);
  });

  it('fills the plot from the left margin to the right one, row under row', () => {
    const { margin, width, rowHeight } = PERIOD_GRID_DEFAULTS;
    const last = grid.cells.at(-1);
    expect(grid.cells[0]).toMatchObject({ x: margin.left, y: margin.top });
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(width - margin.right);
    expect(last?.y).toBe(margin.top + rowHeight);
    expect(grid.height).toBe(margin.top + 2 * rowHeight + margin.bottom);
  });

  it('makes room left of the grid for the longest row name', () => {
    const long = periodGridLayout(columns, ['用户损失与涉及金额', '价格']);
    expect(long.left).toBeGreaterThanOrEqual(9 * PERIOD_GRID_DEFAULTS.labelFont);
    expect(long.cells[0]?.x).toBe(long.left);
    expect(grid.left).toBe(PERIOD_GRID_DEFAULTS.margin.left);
  });

  it('writes each year once, where there is room', () => {
    expect(grid.columns.map((c) => c.label)).toEqual(['2017', '2018', '2025']);
    const crowded = periodGridLayout(Array.from({ length: 120 }, (_, i) => ({ key: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, counts: [1] })), ['汽车']);
    const xs = crowded.columns.map((c) => c.x);
    expect(crowded.columns).toHaveLength(10);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(PERIOD_GRID_DEFAULTS.labelSpacing);
  });
});
