import type { FigureRowItem } from './figureRowsLayout';

export type FigureScale = 'linear' | 'log';

/**
 * The scale a chart of figures is drawn on, decided from the rows it draws (each row's value and the value its source states beside it): a log scale when the
 * largest non-zero size is 1,000 times the smallest or more (a linear one would flatten the small
 * ones to nothing), a linear one from zero otherwise. Decided once for a chart: the layout draws
 * it (figureRowsLayout) and the chart's title and text name it (scaleWords).
 */
export function figureScale(items: readonly FigureRowItem[]): FigureScale {
  let min = Infinity;
  let max = 0;
  for (const item of items) {
    for (const size of [item.value, item.other ?? 0]) {
      const value = Math.abs(size);
      if (value === 0) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return max > 0 && max / min >= 1000 ? 'log' : 'linear';
}
