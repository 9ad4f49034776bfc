export interface PackItem {
  /** Where the mark sits on the time axis (px): its centre. */
  at: number;
  /** Where it stops taking room (px): equal to `at` for a point, the span's end for a span. */
  end: number;
}

/**
 * Assigns marks, in the order given (sorted by position), to rows so that marks in one row are
 * at least `minGap` apart. A mark goes to the first row with room; when `maxRows` are full it
 * goes to the row that frees up first (and may overlap). Pure: returns each mark's row and the
 * number of rows used (at least one).
 */
export function packRows(items: readonly PackItem[], options: { minGap: number; maxRows: number }): { rows: number[]; count: number } {
  const rowEnds: number[] = [];
  const rows = items.map((item) => {
    let row = rowEnds.findIndex((end) => item.at - end >= options.minGap);
    if (row === -1) row = rowEnds.length < options.maxRows ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = item.end;
    return row;
  });
  return { rows, count: Math.max(1, rowEnds.length) };
}
