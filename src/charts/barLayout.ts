import { scaleLinear, scaleLog } from 'd3-scale';

export interface BarItem {
  id: string;
  value: number;
}

export interface BarOptions {
  width: number;
  /** Height of one bar's row. */
  rowHeight?: number;
  /** Space on the left for labels, and on the right for the value text. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** "auto" switches to a log scale when the largest value is 1000 times the smallest or more. */
  scale?: 'linear' | 'log' | 'auto';
}

export interface BarGeometry {
  width: number;
  height: number;
  scale: 'linear' | 'log';
  bars: { id: string; x: number; y: number; width: number; height: number; value: number }[];
  ticks: { x: number; value: number }[];
}

/**
 * Horizontal bars for figures that share one unit, in the order given. Pure:
 * (items, options) → geometry. Non-positive values get no bar on a log scale.
 */
export function barLayout(items: readonly BarItem[], options: BarOptions): BarGeometry {
  const rowHeight = options.rowHeight ?? 36;
  const margin = options.margin ?? { top: 4, right: 96, bottom: 24, left: 8 };
  const positive = items.map((item) => item.value).filter((value) => value > 0);
  const max = positive.length ? Math.max(...positive) : 1;
  const min = positive.length ? Math.min(...positive) : 1;
  const kind = options.scale === 'auto' || options.scale === undefined ? (max / min >= 1000 ? 'log' : 'linear') : options.scale;
  const range: [number, number] = [margin.left, options.width - margin.right];

  let toX: (value: number) => number;
  let ticks: number[];
  if (kind === 'log') {
    const lower = 10 ** Math.floor(Math.log10(min));
    const upper = 10 ** Math.ceil(Math.log10(max));
    const scale = scaleLog().domain([lower, upper]).range(range);
    toX = (value) => (value > 0 ? scale(value) : margin.left);
    ticks = scale.ticks().filter((t) => Number.isInteger(Math.log10(t)));
  } else {
    const scale = scaleLinear().domain([0, max]).nice().range(range);
    toX = scale;
    ticks = scale.ticks(4);
  }

  const bars = items.map((item, i) => ({
    id: item.id,
    x: margin.left,
    y: margin.top + i * rowHeight + rowHeight * 0.2,
    width: round(Math.max(0, toX(item.value) - margin.left)),
    height: round(rowHeight * 0.6),
    value: item.value,
  }));
  return {
    width: options.width,
    height: margin.top + items.length * rowHeight + margin.bottom,
    scale: kind,
    bars,
    ticks: ticks.map((value) => ({ x: round(toX(value)), value })),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
