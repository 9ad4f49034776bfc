/**
 * A coordinate as the charts write it into SVG: to a tenth of a user unit, finer than any screen
 * shows and short in the HTML. Every layout rounds through this one rule.
 */
export function roundCoordinate(value: number): number {
  return Math.round(value * 10) / 10;
}
