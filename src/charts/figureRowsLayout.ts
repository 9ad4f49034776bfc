import { scaleLinear, scaleLog } from 'd3-scale';
import { figureScale } from './figureScale';
import { roundCoordinate as round } from './roundCoordinate';
import { formatMagnitude } from '../lib/formatMagnitude';
import { ROW_CHART_DEFAULTS } from './rowChartDefaults';

const DEFAULTS = ROW_CHART_DEFAULTS.figures.wide;

export interface FigureRowItem {
  id: string;
  /** The value drawn; a negative value is drawn at its size (the caller says it is negative). */
  value: number;
  /** A second value drawn beside it: what a source states where the site computes otherwise. */
  other?: number | undefined;
}

export interface FigureRowGroup {
  key: string;
  label: string;
  items: readonly FigureRowItem[];
}

export interface FigureRowsOptions {
  width: number;
  /** Height of one figure's row: its label above, its mark below. */
  rowHeight?: number;
  /** Height of a group's heading row. */
  headerHeight?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** "auto" decides by figureScale (log when the largest value is 1,000 times the smallest or more). */
  scale?: 'linear' | 'log' | 'auto';
  /** Fewest pixels between two labelled ticks; ticks in between go unlabelled. */
  minTickSpacing?: number;
}

export interface FigureRow {
  id: string;
  group: string;
  /** Top of the row. */
  y: number;
  /** Where the mark's line starts (the axis origin) and where its value sits. */
  x0: number;
  x: number;
  /** Where the second value sits, if there is one. */
  xOther?: number;
}

export interface FigureRowsGeometry {
  width: number;
  height: number;
  scale: 'linear' | 'log';
  plot: { left: number; right: number; top: number; bottom: number };
  rowHeight: number;
  headerHeight: number;
  groups: { key: string; label: string; y: number; height: number }[];
  rows: FigureRow[];
  ticks: { x: number; value: number; label: string }[];
}

/** "1", "10", …, "1万", "10万", …, "1亿", …, "1万亿" for powers of ten. */
function decadeLabel(value: number): string {
  if (value >= 1e12) return `${value / 1e12}万亿`;
  if (value >= 1e8) return `${value / 1e8}亿`;
  if (value >= 1e4) return `${value / 1e4}万`;
  return String(value);
}

/**
 * Money figures as rows of lollipops (a line from the axis origin to a dot at the value),
 * in groups with a heading each, on one shared scale: linear from zero when the values are
 * close, logarithmic (by decades) when they span three orders of magnitude or more. Pure:
 * (groups, options) → geometry. Empty groups are left out.
 */
export function figureRowsLayout(groups: readonly FigureRowGroup[], options: FigureRowsOptions): FigureRowsGeometry {
  const rowHeight = options.rowHeight ?? DEFAULTS.rowHeight;
  const headerHeight = options.headerHeight ?? DEFAULTS.headerHeight;
  const margin = options.margin ?? DEFAULTS.margin;
  const minTickSpacing = options.minTickSpacing ?? DEFAULTS.minTickSpacing;
  const shown = groups.filter((group) => group.items.length > 0);
  const sizes = shown
    .flatMap((group) => group.items.flatMap((item) => [item.value, item.other ?? 0]))
    .map(Math.abs)
    .filter((value) => value > 0);
  const max = sizes.length ? Math.max(...sizes) : 1;
  const min = sizes.length ? Math.min(...sizes) : 1;
  const kind = options.scale === 'linear' || options.scale === 'log' ? options.scale : figureScale(shown.flatMap((group) => group.items));
  const range: [number, number] = [margin.left, options.width - margin.right];

  let toX: (value: number) => number;
  let tickValues: number[];
  let label: (value: number) => string;
  if (kind === 'log') {
    const lower = 10 ** Math.floor(Math.log10(min));
    const upper = 10 ** Math.max(Math.ceil(Math.log10(max)), Math.log10(lower) + 1);
    const scale = scaleLog().domain([lower, upper]).range(range);
    toX = (value) => scale(Math.max(Math.abs(value), lower));
    tickValues = scale.ticks().filter((t) => Number.isInteger(Math.log10(t)));
    label = decadeLabel;
  } else {
    const scale = scaleLinear().domain([0, max]).nice().range(range);
    toX = (value) => scale(Math.abs(value));
    tickValues = scale.ticks(Math.max(2, Math.floor((range[1] - range[0]) / 80)));
    label = (value) => formatMagnitude(value);
  }
  const x0 = kind === 'log' ? range[0] : toX(0);

  const rows: FigureRow[] = [];
  const placedGroups: FigureRowsGeometry['groups'] = [];
  let y = margin.top;
  for (const group of shown) {
    const height = headerHeight + group.items.length * rowHeight;
    placedGroups.push({ key: group.key, label: group.label, y, height });
    y += headerHeight;
    for (const item of group.items) {
      const row: FigureRow = { id: item.id, group: group.key, y, x0: round(x0), x: round(toX(item.value)) };
      if (item.other !== undefined && item.other !== 0) row.xOther = round(toX(item.other));
      rows.push(row);
      y += rowHeight;
    }
  }

  // Label every tick when there is room, else every second or third one (always the first).
  const spacing = tickValues.length > 1 ? (range[1] - range[0]) / (tickValues.length - 1) : Infinity;
  const every = Math.max(1, Math.ceil(minTickSpacing / spacing));
  const ticks = tickValues.map((value, i) => ({ x: round(toX(value)), value, label: i % every === 0 ? label(value) : '' }));
  return {
    width: options.width,
    height: y + margin.bottom,
    scale: kind,
    plot: { left: range[0], right: range[1], top: margin.top, bottom: y },
    rowHeight,
    headerHeight,
    groups: placedGroups,
    rows,
    ticks,
  };
}
