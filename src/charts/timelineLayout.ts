import { scaleUtc } from 'd3-scale';
import type { DatePrecision } from '../dates/parseDateText';
import { packRows } from './packRows';
import { paddedTimeDomain } from './paddedTimeDomain';
import { timeTickLabels } from './timeTickLabels';

export interface TimelineItem {
  id: string;
  /** First instant the event's date covers. */
  start: Date;
  /** First instant after it (a month-precision event covers the month). */
  end: Date;
  precision: DatePrecision;
  /** Key of the lane the event is drawn in. */
  lane: string;
}

export interface TimelineOptions {
  width: number;
  /** Lanes in the order drawn, with their labels. Items in other lanes are dropped. */
  lanes: { key: string; label: string }[];
  /** Height of one row of marks; a crowded lane gets more rows. */
  rowHeight?: number;
  /** Marks closer than this (px) go to separate rows. */
  minGap?: number;
  /** Most rows a lane may use; past that, marks overlap. */
  maxRows?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Time span drawn; defaults to the items' extent, padded. */
  domain?: [Date, Date];
}

export interface TimelineMark {
  id: string;
  lane: string;
  /** Centre of a day mark; start of a month or year span. */
  x: number;
  /** End of the span (equal to x for a day mark). */
  x2: number;
  y: number;
  precision: DatePrecision;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  lanes: { key: string; label: string; y: number; height: number }[];
  marks: TimelineMark[];
  ticks: { x: number; label: string }[];
  domain: [Date, Date];
}

/**
 * Lays out dated events on a horizontal time axis, one band per lane. Events that would
 * overlap are moved to extra rows within their lane. Pure: (items, options) → geometry.
 */
export function timelineLayout(items: readonly TimelineItem[], options: TimelineOptions): TimelineGeometry {
  const rowHeight = options.rowHeight ?? 22;
  const minGap = options.minGap ?? 12;
  const maxRows = options.maxRows ?? 4;
  const margin = options.margin ?? { top: 8, right: 16, bottom: 28, left: 96 };
  const laneKeys = new Set(options.lanes.map((lane) => lane.key));
  const drawn = items.filter((item) => laneKeys.has(item.lane));

  const domain = options.domain ?? paddedTimeDomain(drawn);
  const x = scaleUtc().domain(domain).range([margin.left, options.width - margin.right]);

  const marks: TimelineMark[] = [];
  const lanes: TimelineGeometry['lanes'] = [];
  let y = margin.top;
  for (const lane of options.lanes) {
    const inLane = drawn
      .filter((item) => item.lane === lane.key)
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
    const spans = inLane.map((item) => {
      const x1 = x(item.start);
      const x2 = item.precision === 'day' ? x1 : Math.max(x1, x(item.end));
      return { item, x1, x2, at: item.precision === 'day' ? x1 : (x1 + x2) / 2, end: x2 };
    });
    const packed = packRows(spans, { minGap, maxRows });
    const placed = spans.map((span, i) => ({ ...span, row: packed.rows[i] ?? 0 }));
    const rows = packed.count;
    for (const { item, x1, x2, row } of placed) {
      marks.push({
        id: item.id,
        lane: lane.key,
        x: round(x1),
        x2: round(x2),
        y: round(y + rowHeight * (row + 0.5)),
        precision: item.precision,
      });
    }
    lanes.push({ key: lane.key, label: lane.label, y, height: rows * rowHeight });
    y += rows * rowHeight;
  }

  const tickDates = x.ticks(Math.max(2, Math.floor((options.width - margin.left - margin.right) / 80)));
  const labels = timeTickLabels(tickDates);
  const ticks = tickDates.map((date, i) => ({ x: round(x(date)), label: labels[i] ?? '' }));

  return { width: options.width, height: y + margin.bottom, margin, lanes, marks, ticks, domain };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
