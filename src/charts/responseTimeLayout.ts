import { scaleSymlog } from 'd3-scale';
import type { DayRange } from '../lib/deriveResponseTimes';
import { ROW_CHART_DEFAULTS } from './rowChartDefaults';

const DEFAULTS = ROW_CHART_DEFAULTS.responseTime.wide;

export interface ResponseTimeRowInput {
  id: string;
  /** Days after the start, or `before` for a milestone that came before the problem was public. */
  response?: DayRange | 'before' | undefined;
  outcome?: DayRange | 'before' | undefined;
}

export interface ResponseTimeOptions {
  width: number;
  rowHeight?: number;
  /** Left holds nothing by default: labels go above each row. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Fewest pixels between two labelled ticks. */
  minTickSpacing?: number;
  /** Width of the slot left of day 0 where a milestone before the start is drawn (when there is one). */
  beforeWidth?: number;
}

export interface ResponseTimeGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Where day 0 (the problem became public) sits. */
  zeroX: number;
  /** Where a milestone before the start is drawn, if any row has one. */
  beforeX?: number;
  rowHeight: number;
  rows: { id: string; y: number; response?: { x1: number; x2: number }; outcome?: { x1: number; x2: number } }[];
  ticks: { x: number; days: number; label: string }[];
}

const TICKS = [1, 7, 30, 90, 365, 730, 1825, 3650];

function tickLabel(days: number): string {
  if (days === 0) return '0';
  return days >= 365 ? `${days / 365}年` : `${days}天`;
}

/**
 * Days from the moment a case's problem became public to Xiaomi's first response and to the
 * outcome, one row per case, on a symmetric log scale (day 0 is the start; a day and a decade
 * both stay legible). A range of days (a date known only to its month) is a span from its first
 * to its last possible day. A milestone before the start has no day count: it is drawn in a
 * slot of its own left of 0, never as negative days. Pure: (rows, options) → geometry.
 */
export function responseTimeLayout(rows: readonly ResponseTimeRowInput[], options: ResponseTimeOptions): ResponseTimeGeometry {
  const rowHeight = options.rowHeight ?? DEFAULTS.rowHeight;
  const margin = options.margin ?? DEFAULTS.margin;
  const minTickSpacing = options.minTickSpacing ?? DEFAULTS.minTickSpacing;
  const marks = rows.flatMap((row) => [row.response, row.outcome]);
  const ranges = marks.filter((range): range is DayRange => range !== undefined && range !== 'before');
  const hasBefore = marks.includes('before');
  const beforeWidth = hasBefore ? (options.beforeWidth ?? DEFAULTS.beforeWidth) : 0;
  const high = Math.max(7, ...ranges.map((r) => r.max));
  const upper = TICKS.find((t) => t >= high) ?? high;
  const x = scaleSymlog().constant(1).domain([0, upper]).range([margin.left + beforeWidth, options.width - margin.right]);
  const round = (value: number) => Math.round(value * 10) / 10;
  const beforeX = round(margin.left + beforeWidth / 2);
  const span = (range: DayRange | 'before') => (range === 'before' ? { x1: beforeX, x2: beforeX } : { x1: round(x(range.min)), x2: round(x(range.max)) });

  const placed = rows.map((row, i) => {
    const out: ResponseTimeGeometry['rows'][number] = { id: row.id, y: margin.top + i * rowHeight };
    if (row.response) out.response = span(row.response);
    if (row.outcome) out.outcome = span(row.outcome);
    return out;
  });

  // Candidate ticks inside the domain, 0 always; drop a tick that would crowd the one kept before it.
  const candidates = [0, ...TICKS].filter((t) => t <= upper);
  const ticks: ResponseTimeGeometry['ticks'] = [];
  for (const days of candidates) {
    const at = round(x(days));
    const previous = ticks.at(-1);
    if (previous && at - previous.x < minTickSpacing) {
      // 0 (the start) always keeps its tick; any other tick that crowds it gives way.
      if (days !== 0) continue;
      ticks.pop();
    }
    ticks.push({ x: at, days, label: tickLabel(days) });
  }
  const bottom = margin.top + rows.length * rowHeight;
  const geometry: ResponseTimeGeometry = {
    width: options.width,
    height: bottom + margin.bottom,
    plot: { left: margin.left, right: options.width - margin.right, top: margin.top, bottom },
    zeroX: round(x(0)),
    rowHeight,
    rows: placed,
    ticks,
  };
  if (hasBefore) geometry.beforeX = beforeX;
  return geometry;
}
