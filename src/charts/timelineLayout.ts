import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import type { DatePrecision } from '../schemas/vocabulary';

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

/** Labels for ticks: years alone when every tick is a 1 January, months when every tick is a 1st. */
function tickLabels(ticks: Date[]): string[] {
  const allYears = ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  if (allYears) return ticks.map(utcFormat('%Y'));
  const allMonths = ticks.every((d) => d.getUTCDate() === 1);
  if (allMonths) return ticks.map((d, i) => (i === 0 || d.getUTCMonth() === 0 ? utcFormat('%Y.%m')(d) : utcFormat('%m月')(d)));
  return ticks.map((d, i) => (i === 0 || d.getUTCDate() === 1 ? utcFormat('%m.%d')(d) : utcFormat('%d日')(d)));
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

  let domain = options.domain;
  if (!domain) {
    const starts = drawn.map((item) => item.start.getTime());
    const ends = drawn.map((item) => item.end.getTime());
    const min = starts.length ? Math.min(...starts) : Date.UTC(2015, 0, 1);
    const max = ends.length ? Math.max(...ends) : Date.UTC(2026, 0, 1);
    const pad = Math.max((max - min) * 0.04, 864e5 * 3);
    domain = [new Date(min - pad), new Date(max + pad)];
  }
  const x = scaleUtc().domain(domain).range([margin.left, options.width - margin.right]);

  const marks: TimelineMark[] = [];
  const lanes: TimelineGeometry['lanes'] = [];
  let y = margin.top;
  for (const lane of options.lanes) {
    const inLane = drawn
      .filter((item) => item.lane === lane.key)
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
    const rowEnds: number[] = [];
    const placed = inLane.map((item) => {
      const x1 = x(item.start);
      const x2 = item.precision === 'day' ? x1 : Math.max(x1, x(item.end));
      const centre = item.precision === 'day' ? x1 : (x1 + x2) / 2;
      let row = rowEnds.findIndex((end) => centre - end >= minGap);
      if (row === -1) row = rowEnds.length < maxRows ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = item.precision === 'day' ? centre : x2;
      return { item, x1, x2, row };
    });
    const rows = Math.max(1, rowEnds.length);
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
  const labels = tickLabels(tickDates);
  const ticks = tickDates.map((date, i) => ({ x: round(x(date)), label: labels[i] ?? '' }));

  return { width: options.width, height: y + margin.bottom, margin, lanes, marks, ticks, domain };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
