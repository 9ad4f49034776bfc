import { roundCoordinate as r } from './roundCoordinate';
import { textEms } from './textEms';

export interface PeriodGridOptions {
  width: number;
  margin: { top: number; right: number; bottom: number; left: number };
  rowHeight: number;
  /** Room a column label needs before the next one is written. */
  labelSpacing: number;
  /** Shades of a cell with events (1…levels). */
  levels: number;
  /** Size of the rows' names, for the room they need left of the grid. */
  labelFont: number;
}

export const PERIOD_GRID_DEFAULTS: PeriodGridOptions = {
  width: 760,
  margin: { top: 6, right: 8, bottom: 24, left: 96 },
  rowHeight: 22,
  labelSpacing: 34,
  levels: 5,
  labelFont: 12,
};

export interface PeriodGridCell {
  column: number;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  /** 0 for an empty cell, else 1…levels by the count's share of the largest. */
  level: number;
}

export interface PeriodGridGeometry {
  width: number;
  height: number;
  cells: PeriodGridCell[];
  rows: { y: number; label: string }[];
  columns: { x: number; label: string }[];
  /** Where the grid starts (the rows' names are left of it). */
  left: number;
}

/**
 * Lays out an overview of counts: a row per lane (line of business, group of money), a column
 * per period in time order, each cell shaded by its count (a share of the largest, rounded up,
 * so a single event is never blank). Column labels are the periods' years where room allows.
 * Pure: (data, options) → geometry.
 */
export function periodGridLayout(columns: readonly { key: string; counts: readonly number[] }[], rows: readonly string[], options: PeriodGridOptions = PERIOD_GRID_DEFAULTS): PeriodGridGeometry {
  const { width, rowHeight, labelSpacing, levels, labelFont } = options;
  // The left margin grows to the longest row name (a group of money is longer than a line of business).
  const margin = { ...options.margin, left: Math.max(options.margin.left, Math.ceil(Math.max(0, ...rows.map(textEms)) * labelFont) + 12) };
  const plot = width - margin.left - margin.right;
  const step = columns.length ? plot / columns.length : plot;
  const max = Math.max(1, ...columns.flatMap((c) => c.counts));
  const cells: PeriodGridCell[] = [];
  columns.forEach((column, c) => {
    rows.forEach((_, row) => {
      const count = column.counts[row] ?? 0;
      cells.push({
        column: c,
        row,
        x: r(margin.left + c * step),
        y: r(margin.top + row * rowHeight),
        width: r(Math.max(1, step - 1)),
        height: rowHeight - 2,
        count,
        level: count === 0 ? 0 : Math.ceil((count / max) * levels),
      });
    });
  });
  const labels: { x: number; label: string }[] = [];
  let lastYear = '';
  let lastX = -Infinity;
  columns.forEach((column, c) => {
    const year = column.key.slice(0, 4);
    const x = margin.left + c * step;
    if (year !== lastYear && x - lastX >= labelSpacing) {
      labels.push({ x: r(x), label: year });
      lastX = x;
    }
    lastYear = year;
  });
  return {
    width,
    height: margin.top + rows.length * rowHeight + margin.bottom,
    cells,
    rows: rows.map((label, i) => ({ y: r(margin.top + i * rowHeight + rowHeight / 2), label })),
    columns: labels,
    left: margin.left,
  };
}
