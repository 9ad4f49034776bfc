import { scaleSymlog } from 'd3-scale';
import type { DayRange } from './deriveResponseTimes';

export interface ResponseTimeRowInput {
  id: string;
  response?: DayRange | undefined;
  outcome?: DayRange | undefined;
}

export interface ResponseTimeOptions {
  width: number;
  rowHeight?: number;
  /** Left holds nothing by default: labels go above each row. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Fewest pixels between two labelled ticks. */
  minTickSpacing?: number;
}

export interface ResponseTimeGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Where day 0 (the first report) sits. */
  zeroX: number;
  rowHeight: number;
  rows: { id: string; y: number; response?: { x1: number; x2: number }; outcome?: { x1: number; x2: number } }[];
  ticks: { x: number; days: number; label: string }[];
}

const TICKS = [1, 7, 30, 90, 365, 730, 1825, 3650];

function tickLabel(days: number): string {
  const size = Math.abs(days);
  const text = size >= 365 ? `${size / 365}年` : `${size}天`;
  return days < 0 ? `前${text}` : days === 0 ? '0' : text;
}

/**
 * Days from a case's first public report to Xiaomi's first response and to the outcome, one row
 * per case, on a symmetric log scale (day 0 is the report; a day and a decade both stay legible;
 * days before the report go left of 0). A range of days (a date known only to its month) is a
 * span from its first to its last possible day. Pure: (rows, options) → geometry.
 */
export function responseTimeLayout(rows: readonly ResponseTimeRowInput[], options: ResponseTimeOptions): ResponseTimeGeometry {
  const rowHeight = options.rowHeight ?? 44;
  const margin = options.margin ?? { top: 4, right: 16, bottom: 28, left: 16 };
  const minTickSpacing = options.minTickSpacing ?? 40;
  const ranges = rows.flatMap((row) => [row.response, row.outcome]).filter((range): range is DayRange => range !== undefined);
  const low = Math.min(0, ...ranges.map((r) => r.min));
  const high = Math.max(7, ...ranges.map((r) => r.max));
  const lower = low < 0 ? -(TICKS.find((t) => t >= -low) ?? -low) : 0;
  const upper = TICKS.find((t) => t >= high) ?? high;
  const x = scaleSymlog().constant(1).domain([lower, upper]).range([margin.left, options.width - margin.right]);
  const round = (value: number) => Math.round(value * 10) / 10;
  const span = (range: DayRange) => ({ x1: round(x(range.min)), x2: round(x(range.max)) });

  const placed = rows.map((row, i) => {
    const out: ResponseTimeGeometry['rows'][number] = { id: row.id, y: margin.top + i * rowHeight };
    if (row.response) out.response = span(row.response);
    if (row.outcome) out.outcome = span(row.outcome);
    return out;
  });

  // Candidate ticks inside the domain, 0 always; drop a tick that would crowd the one kept before it.
  const candidates = [...TICKS.map((t) => -t).reverse(), 0, ...TICKS].filter((t) => t >= lower && t <= upper);
  const ticks: ResponseTimeGeometry['ticks'] = [];
  for (const days of candidates) {
    const at = round(x(days));
    const previous = ticks.at(-1);
    if (previous && at - previous.x < minTickSpacing) {
      // 0 (the report) always keeps its tick; any other tick that crowds it gives way.
      if (days !== 0) continue;
      ticks.pop();
    }
    ticks.push({ x: at, days, label: tickLabel(days) });
  }
  const bottom = margin.top + rows.length * rowHeight;
  return {
    width: options.width,
    height: bottom + margin.bottom,
    plot: { left: margin.left, right: options.width - margin.right, top: margin.top, bottom },
    zeroX: round(x(0)),
    rowHeight,
    rows: placed,
    ticks,
  };
}
