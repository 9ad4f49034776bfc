export type FigureScale = 'linear' | 'log';

/**
 * The scale a chart of figures is drawn on, decided from the sizes it draws: a log scale when the
 * largest non-zero size is 1,000 times the smallest or more (a linear one would flatten the small
 * ones to nothing), a linear one from zero otherwise. Decided once for a chart: the layout draws
 * it (figureRowsLayout) and the chart's title and text name it (scaleWords).
 */
export function figureScale(sizes: readonly number[]): FigureScale {
  let min = Infinity;
  let max = 0;
  for (const size of sizes) {
    const value = Math.abs(size);
    if (value === 0) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return max > 0 && max / min >= 1000 ? 'log' : 'linear';
}
